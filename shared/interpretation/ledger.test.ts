import { describe, expect, it } from "vitest";
import { miniEvent } from "../../tests/fixtures/miniEvent";
import { loadAssignments, newBooth } from "../journal/boothReducer";
import { newSession } from "../journal/sessionReducer";
import type { BoothLive, SessionLive, TurnRecord } from "../live/liveState";
import { EventFile } from "../model/eventFile";
import { capFor, type LedgerLive, sliceByVenueDay, workingLedger } from "./ledger";

const ZONE = "Asia/Shanghai";
const at = (hhmm: string, day = "08") => `2021-11-${day}T${hhmm}:00+08:00`;
const ms = (hhmm: string, day = "08") => Date.parse(at(hhmm, day));

/** A hall with a Chinese and an English booth; morning, midday-spanning and afternoon sessions. */
function event(): EventFile {
  const input = miniEvent();
  const base = input.sessions[0]!;
  const session = (id: string, start: string, end: string, day = "08") => ({
    ...base,
    id,
    start: at(start, day),
    end: at(end, day),
  });
  input.sessions = [
    session("morning", "09:00", "12:00"),
    session("spanning", "12:00", "14:00"),
    session("afternoon", "14:00", "18:30"),
    session("late", "20:00", "23:00", "09"),
  ];
  input.people!.interpreters = [
    { id: "li", name: "Li", languages: { a: ["zh"], b: ["en"], c: [] } },
    { id: "wang", name: "Wang", languages: { a: ["zh"], b: ["en"], c: [] } },
    { id: "amy", name: "Amy", languages: { a: ["en"], b: ["zh"], c: [] } },
  ];
  input.interpretation = { halfDayCapMinutes: 240, fullDayCapMinutes: 420, middayHour: 13 };
  input.assignments = [
    { sessionId: "morning", boothId: "hall-zh", interpreterIds: ["li", "wang"] },
    // Li in both booths of the same session still works those three hours only once.
    { sessionId: "morning", boothId: "hall-en", interpreterIds: ["amy", "li"] },
    { sessionId: "afternoon", boothId: "hall-zh", interpreterIds: ["wang"] },
    { sessionId: "spanning", boothId: "hall-en", interpreterIds: ["amy"] },
    { sessionId: "late", boothId: "hall-zh", interpreterIds: ["li"] },
  ];
  return EventFile.parse(input);
}

function live(e: EventFile, turns: TurnRecord[] = [], sessions: Record<string, Partial<SessionLive>> = {}) {
  const booth: BoothLive = { ...newBooth(), turns };
  const state: LedgerLive = {
    assignments: loadAssignments({}, e),
    booths: { "hall-zh": booth, "hall-en": newBooth() },
    sessions: Object.fromEntries(e.sessions.map((s) => [s.id, { ...newSession([]), ...sessions[s.id] }])),
  };
  return state;
}

const row = (rows: ReturnType<typeof workingLedger>, id: string, date = "2021-11-08") =>
  rows.find((r) => r.interpreterId === id && r.date === date);

describe("working-time ledger", () => {
  it("plans each assigned session's length once per interpreter and venue day", () => {
    const e = event();
    const rows = workingLedger(e, live(e), ms("08:00"));
    expect(row(rows, "li")).toMatchObject({ plannedMinutes: 180, sessionIds: ["morning"], micMinutes: 0 });
    expect(row(rows, "amy")).toMatchObject({ plannedMinutes: 300, sessionIds: ["morning", "spanning"] });
    expect(row(rows, "wang")).toMatchObject({ plannedMinutes: 450, sessionIds: ["morning", "afternoon"] });
    expect(row(rows, "li", "2021-11-09")).toMatchObject({ plannedMinutes: 180 });
    // Ordered by date, then as the event lists the interpreters.
    expect(rows.map((r) => `${r.date} ${r.interpreterId}`)).toEqual([
      "2021-11-08 li",
      "2021-11-08 wang",
      "2021-11-08 amy",
      "2021-11-09 li",
    ]);
  });

  it("applies the half-day cap when all of the day's work is before or after midday, else the full-day cap", () => {
    const e = event();
    const rows = workingLedger(e, live(e), ms("08:00"));
    expect(row(rows, "li")?.cap).toEqual({ kind: "half-day", half: "morning", minutes: 240 });
    expect(row(rows, "li", "2021-11-09")?.cap).toEqual({ kind: "half-day", half: "afternoon", minutes: 240 });
    // Amy's second session runs over 13:00; Wang works morning and afternoon.
    expect(row(rows, "amy")?.cap).toEqual({ kind: "full-day", half: null, minutes: 420 });
    expect(row(rows, "wang")?.cap).toEqual({ kind: "full-day", half: null, minutes: 420 });
    expect(row(rows, "amy")?.plannedOver).toBe(false);
    // 450 planned minutes against 420.
    expect(row(rows, "wang")).toMatchObject({ plannedOver: true, micOver: false });
  });

  it("counts time on the microphone from the turns, an open turn up to now on the venue clock", () => {
    const e = event();
    const turns: TurnRecord[] = [
      { interpreterId: "li", sessionId: "morning", start: at("09:00"), end: at("09:30") },
      { interpreterId: "wang", sessionId: "morning", start: at("09:30"), end: at("10:00") },
      { interpreterId: "li", sessionId: "morning", start: at("10:00"), end: null },
    ];
    const rows = workingLedger(e, live(e, turns), ms("10:12"));
    expect(row(rows, "li")?.micMinutes).toBe(42);
    expect(row(rows, "wang")?.micMinutes).toBe(30);
    expect(
      workingLedger(e, live(e, turns), ms("10:40")).find((r) => r.interpreterId === "li")?.micMinutes,
    ).toBe(70);
  });

  it("flags time on the microphone over the cap, and a turn past midday makes it a full day", () => {
    const e = event();
    // Li alone on the microphone from 09:00 to 13:30: over the half-day cap, but the turn ran into the
    // afternoon, so the full-day cap applies and it is within it.
    const long: TurnRecord[] = [
      { interpreterId: "li", sessionId: "morning", start: at("09:00"), end: at("13:30") },
    ];
    expect(row(workingLedger(e, live(e, long), ms("14:00")), "li")).toMatchObject({
      micMinutes: 270,
      cap: { kind: "full-day" },
      micOver: false,
    });
    const morning: TurnRecord[] = [
      { interpreterId: "li", sessionId: "morning", start: at("08:30"), end: at("12:45") },
    ];
    expect(row(workingLedger(e, live(e, morning), ms("14:00")), "li")).toMatchObject({
      micMinutes: 255,
      cap: { kind: "half-day", half: "morning" },
      micOver: true,
    });
  });

  it("leaves cancelled sessions out of the plan", () => {
    const e = event();
    const rows = workingLedger(e, live(e, [], { afternoon: { status: "cancelled" } }), ms("08:00"));
    expect(row(rows, "wang")).toMatchObject({ plannedMinutes: 180, sessionIds: ["morning"] });
    expect(row(rows, "wang")?.cap.kind).toBe("half-day");
  });
});

describe("venue days", () => {
  it("cut work at venue midnight, not the machine's", () => {
    const slices = sliceByVenueDay({ startMs: ms("22:00"), endMs: ms("01:30", "09") }, ZONE);
    expect(slices.map((s) => [s.date, (s.endMs - s.startMs) / 60_000])).toEqual([
      ["2021-11-08", 120],
      ["2021-11-09", 90],
    ]);
  });

  it("split at the event's midday hour", () => {
    const settings = EventFile.parse(miniEvent()).interpretation;
    const work = (start: string, end: string) => ({ startMs: ms(start), endMs: ms(end) });
    expect(capFor("2021-11-08", [work("09:00", "13:00")], settings, ZONE).kind).toBe("half-day");
    expect(capFor("2021-11-08", [work("09:00", "13:01")], settings, ZONE).kind).toBe("full-day");
    expect(capFor("2021-11-08", [work("13:00", "17:00")], { ...settings, middayHour: 12 }, ZONE)).toEqual({
      kind: "half-day",
      half: "afternoon",
      minutes: settings.halfDayCapMinutes,
    });
  });
});
