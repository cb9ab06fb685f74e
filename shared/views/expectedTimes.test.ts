import { describe, expect, it } from "vitest";
import { miniEvent } from "../../tests/fixtures/miniEvent";
import { newSession } from "../journal/sessionReducer";
import type { SessionLive } from "../live/liveState";
import { EventFile } from "../model/eventFile";
import { expectedTimes } from "./expectedTimes";

const at = (hhmm: string) => Date.parse(`2021-11-08T${hhmm}:00+08:00`);
const iso = (hhmm: string) => new Date(at(hhmm)).toISOString();

/** Three back-to-back sessions in the hall: 09:00-10:00, 10:00-11:00, then 11:30-12:00 after a break. */
function event() {
  const input = miniEvent();
  const base = input.sessions[0]!;
  input.sessions = [
    { ...base, id: "a", start: "2021-11-08T09:00:00+08:00", end: "2021-11-08T10:00:00+08:00" },
    { ...base, id: "b", start: "2021-11-08T10:00:00+08:00", end: "2021-11-08T11:00:00+08:00" },
    { ...base, id: "c", start: "2021-11-08T11:30:00+08:00", end: "2021-11-08T12:00:00+08:00" },
  ];
  return EventFile.parse(input);
}
const live = (change: Partial<SessionLive> = {}): SessionLive => ({ ...newSession([]), ...change });

describe("expected times", () => {
  it("are the plan when everything runs on time", () => {
    const times = expectedTimes(event(), { a: live(), b: live(), c: live() }, at("08:00"));
    expect(times.b).toEqual({ start: at("10:00"), end: at("11:00"), delayMin: 0, overrunMin: 0 });
  });

  it("push the next session back after a late start, and a break absorbs it", () => {
    const sessions = { a: live({ status: "live", actualStart: iso("09:20") }), b: live(), c: live() };
    const times = expectedTimes(event(), sessions, at("09:30"));
    expect(times.a).toMatchObject({ end: at("10:20"), overrunMin: 20 });
    expect(times.b).toMatchObject({ start: at("10:20"), end: at("11:20"), delayMin: 20 });
    // The 30-minute break before c takes the 20 minutes.
    expect(times.c).toMatchObject({ start: at("11:30"), delayMin: 0 });
  });

  it("count a hold and an overrun as it happens", () => {
    const holds = [{ start: iso("09:30"), end: iso("09:40"), reason: "fire alarm test" }];
    const sessions = { a: live({ status: "live", actualStart: iso("09:00"), holds }), b: live(), c: live() };
    expect(expectedTimes(event(), sessions, at("09:45")).b?.delayMin).toBe(10);
    // Still live at 10:25: the end is now, and b waits.
    expect(expectedTimes(event(), sessions, at("10:25")).b?.delayMin).toBe(25);
  });

  it("give time back when the stage manager shortens a session to absorb a delay", () => {
    const sessions = {
      a: live({ status: "live", actualStart: iso("09:20") }),
      b: live({ shortenMinutes: 20 }),
      c: live(),
    };
    const times = expectedTimes(event(), sessions, at("09:30"));
    expect(times.b).toMatchObject({ start: at("10:20"), end: at("11:00"), overrunMin: 0 });
  });

  it("start a session that has not started yet no earlier than now", () => {
    const times = expectedTimes(event(), { a: live(), b: live(), c: live() }, at("09:10"));
    expect(times.a).toMatchObject({ start: at("09:10"), delayMin: 10 });
  });

  it("do not carry a delay over to the next day", () => {
    const input = miniEvent();
    const base = input.sessions[0]!;
    input.sessions = [
      { ...base, id: "late", start: "2021-11-08T16:00:00+08:00", end: "2021-11-08T18:00:00+08:00" },
      { ...base, id: "morning", start: "2021-11-09T09:00:00+08:00", end: "2021-11-09T10:00:00+08:00" },
    ];
    const overran = live({ status: "live", actualStart: "2021-11-08T08:00:00.000Z" });
    const times = expectedTimes(
      EventFile.parse(input),
      { late: overran, morning: live() },
      Date.parse("2021-11-08T23:30:00+08:00"),
    );
    expect(times.late?.overrunMin).toBeGreaterThan(0);
    expect(times.morning).toMatchObject({ delayMin: 0 });
  });
});
