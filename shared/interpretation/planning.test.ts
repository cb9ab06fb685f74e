import { describe, expect, it } from "vitest";
import { miniEvent } from "../../tests/fixtures/miniEvent";
import { loadAssignments } from "../journal/boothReducer";
import { newSession } from "../journal/sessionReducer";
import type { SessionLive } from "../live/liveState";
import { EventFile } from "../model/eventFile";
import type { BoothAssignment } from "../model/interpretation";
import { type PlanningLive, planningWarnings, teamSizeFor } from "./planning";

const at = (hhmm: string, day = "08") => `2021-11-${day}T${hhmm}:00+08:00`;

/**
 * A hall with Chinese, English and French booths (French on relay from English). Sessions of 30 min,
 * 3 h, 5 h and 7 h, and one in the studio that overlaps the hall's morning.
 */
function event(assignments: Partial<BoothAssignment>[] = []): EventFile {
  const input = miniEvent();
  const base = input.sessions[0]!;
  const session = (id: string, start: string, end: string, extra: object = {}) => ({
    ...base,
    id,
    start: at(start),
    end: at(end),
    languages: ["zh", "en", "fr"],
    ...extra,
  });
  input.languages = [...input.languages, { code: "fr", name: { en: "French", "zh-CN": "法语" } }];
  input.booths = [
    { id: "hall-zh", roomId: "hall", language: "zh", outputChannel: 1 },
    { id: "hall-en", roomId: "hall", language: "en", outputChannel: 2 },
    { id: "hall-fr", roomId: "hall", language: "fr", outputChannel: 3 },
    { id: "studio-en", roomId: "studio", language: "en", outputChannel: 2 },
  ];
  input.sessions = [
    session("short", "08:00", "08:30"),
    session("morning", "09:00", "12:00"),
    session("studio", "11:00", "12:00", { roomId: "studio", languages: ["zh", "en"] }),
    session("afternoon", "13:00", "18:00", { languages: ["zh", "en"] }),
    session("marathon", "08:00", "15:00", { start: at("08:00", "09"), end: at("15:00", "09") }),
    // One language needs no booth; an exhibition neither.
    session("monolingual", "16:00", "17:00", { roomId: "studio", languages: ["en"] }),
  ];
  input.people!.interpreters = [
    { id: "li", name: "Li", languages: { a: ["zh"], b: ["en"], c: [] } },
    { id: "wang", name: "Wang", languages: { a: ["zh"], b: ["en"], c: [] } },
    { id: "zhou", name: "Zhou", languages: { a: ["zh"], b: ["en"], c: [] } },
    { id: "amy", name: "Amy", languages: { a: ["en"], b: ["zh"], c: [] } },
    { id: "ben", name: "Ben", languages: { a: ["en"], b: [], c: ["zh"] } },
    { id: "cleo", name: "Cleo", languages: { a: ["en"], b: ["fr"], c: [] } },
    { id: "marie", name: "Marie", languages: { a: ["fr"], b: ["en"], c: [] } },
    { id: "paul", name: "Paul", languages: { a: ["fr"], b: [], c: ["en"] } },
  ];
  input.assignments = assignments as BoothAssignment[];
  return EventFile.parse(input);
}

function live(e: EventFile, sessions: Record<string, Partial<SessionLive>> = {}): PlanningLive {
  return {
    assignments: loadAssignments({}, e),
    sessions: Object.fromEntries(e.sessions.map((s) => [s.id, { ...newSession([]), ...sessions[s.id] }])),
  };
}

/** The morning fully staffed: two per booth, French on relay from an English team of two relay-givers. */
const STAFFED_MORNING: Partial<BoothAssignment>[] = [
  { sessionId: "morning", boothId: "hall-zh", interpreterIds: ["li", "wang"] },
  { sessionId: "morning", boothId: "hall-en", interpreterIds: ["amy", "cleo"] },
  { sessionId: "morning", boothId: "hall-fr", interpreterIds: ["marie", "paul"], relaySource: "hall-en" },
];

const kinds = (warnings: ReturnType<typeof planningWarnings>) => warnings.map((w) => w.kind);

describe("team size norm", () => {
  it("is 1 up to 40 minutes, 2 up to 4 hours, 3 up to 6 hours, and none is enough past 6 hours", () => {
    expect([30, 40, 41, 240, 241, 360, 361].map(teamSizeFor)).toEqual([1, 1, 2, 2, 3, 3, null]);
  });
});

describe("planning check", () => {
  it("warns of booths understaffed for their session's length, including unstaffed ones", () => {
    const e = event([
      { sessionId: "short", boothId: "hall-zh", interpreterIds: ["zhou"] },
      { sessionId: "short", boothId: "hall-en", interpreterIds: ["ben"] },
      ...STAFFED_MORNING,
      { sessionId: "afternoon", boothId: "hall-zh", interpreterIds: ["li", "wang"] },
    ]);
    const warnings = planningWarnings(e, live(e), { date: "2021-11-08" });
    const understaffed = warnings.filter((w) => w.kind === "understaffed");
    expect(understaffed).toEqual([
      // The 30-minute session needs one per booth: only its French booth is empty.
      { kind: "understaffed", sessionId: "short", boothId: "hall-fr", assigned: 0, needed: 1, minutes: 30 },
      {
        kind: "understaffed",
        sessionId: "studio",
        boothId: "studio-en",
        assigned: 0,
        needed: 2,
        minutes: 60,
      },
      // Five hours need three.
      {
        kind: "understaffed",
        sessionId: "afternoon",
        boothId: "hall-zh",
        assigned: 2,
        needed: 3,
        minutes: 300,
      },
      {
        kind: "understaffed",
        sessionId: "afternoon",
        boothId: "hall-en",
        assigned: 0,
        needed: 3,
        minutes: 300,
      },
    ]);
  });

  it("always warns past six hours, however big the team", () => {
    const e = event([
      { sessionId: "marathon", boothId: "hall-zh", interpreterIds: ["li", "wang", "zhou", "amy"] },
    ]);
    const warnings = planningWarnings(e, live(e), { date: "2021-11-09" });
    expect(warnings).toContainEqual({
      kind: "understaffed",
      sessionId: "marathon",
      boothId: "hall-zh",
      assigned: 4,
      needed: null,
      minutes: 420,
    });
  });

  it("warns of a relay pivot with fewer than two interpreters able to give relay", () => {
    const staffed = event(STAFFED_MORNING);
    expect(kinds(planningWarnings(staffed, live(staffed), { date: "2021-11-08" }))).not.toContain(
      "thin-pivot",
    );

    const thin = event([
      ...STAFFED_MORNING.filter((a) => a.boothId !== "hall-en"),
      { sessionId: "morning", boothId: "hall-en", interpreterIds: ["amy"] },
    ]);
    expect(planningWarnings(thin, live(thin)).filter((w) => w.kind === "thin-pivot")).toEqual([
      { kind: "thin-pivot", sessionId: "morning", boothId: "hall-en", able: 1, dependents: ["hall-fr"] },
    ]);
  });

  it("counts as relay-givers only pivot team members with the pivot's language as A or B", () => {
    // Paul has English only as C: he cannot give relay from the English booth. (The hub refuses such a
    // team, but an event file can still hold one.)
    const e = event([
      ...STAFFED_MORNING.filter((a) => a.boothId !== "hall-en"),
      { sessionId: "morning", boothId: "hall-en", interpreterIds: ["ben", "paul"] },
    ]);
    expect(planningWarnings(e, live(e)).find((w) => w.kind === "thin-pivot")).toMatchObject({ able: 1 });
  });

  it("warns of an interpreter assigned to two sessions at once, or to two booths of one session", () => {
    const e = event([
      ...STAFFED_MORNING,
      { sessionId: "studio", boothId: "studio-en", interpreterIds: ["cleo", "ben"] },
      { sessionId: "afternoon", boothId: "hall-en", interpreterIds: ["amy", "ben", "cleo"] },
    ]);
    const overlaps = planningWarnings(e, live(e)).filter((w) => w.kind === "overlap");
    expect(overlaps).toEqual([
      {
        kind: "overlap",
        interpreterId: "cleo",
        first: { sessionId: "morning", boothId: "hall-en" },
        second: { sessionId: "studio", boothId: "studio-en" },
      },
    ]);
    // Ben's studio session ends at 12:00, before the afternoon: no overlap for him.
    const twice = event([
      { sessionId: "morning", boothId: "hall-zh", interpreterIds: ["li"] },
      { sessionId: "morning", boothId: "hall-en", interpreterIds: ["li"] },
    ]);
    expect(planningWarnings(twice, live(twice)).filter((w) => w.kind === "overlap")).toHaveLength(1);
  });

  it("warns of an interpreter planned over the day's working-time cap", () => {
    const e = event([
      ...STAFFED_MORNING,
      { sessionId: "afternoon", boothId: "hall-zh", interpreterIds: ["li", "zhou", "wang"] },
    ]);
    const overCap = planningWarnings(e, live(e)).filter((w) => w.kind === "over-cap");
    // Li and Wang: 3 h in the morning and 5 h in the afternoon, 480 minutes against a full day's 420.
    expect(overCap).toEqual([
      {
        kind: "over-cap",
        interpreterId: "li",
        date: "2021-11-08",
        plannedMinutes: 480,
        capMinutes: 420,
        cap: "full-day",
      },
      {
        kind: "over-cap",
        interpreterId: "wang",
        date: "2021-11-08",
        plannedMinutes: 480,
        capMinutes: 420,
        cap: "full-day",
      },
      // Zhou works the afternoon only: 5 h against the half-day cap of 4 h.
      {
        kind: "over-cap",
        interpreterId: "zhou",
        date: "2021-11-08",
        plannedMinutes: 300,
        capMinutes: 240,
        cap: "half-day",
      },
    ]);
  });

  it("limits the check to one day and skips cancelled sessions", () => {
    const e = event(STAFFED_MORNING);
    const day2 = planningWarnings(e, live(e), { date: "2021-11-09" });
    expect(day2.map((w) => (w.kind === "understaffed" ? w.boothId : w.kind))).toEqual([
      "hall-zh",
      "hall-en",
      "hall-fr",
    ]);
    const cancelled = planningWarnings(e, live(e, { studio: { status: "cancelled" } }), {
      date: "2021-11-08",
    });
    expect(cancelled.some((w) => "sessionId" in w && w.sessionId === "studio")).toBe(false);
  });
});
