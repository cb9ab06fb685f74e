import { describe, expect, it } from "vitest";
import {
  currentSessionId,
  delayToShow,
  EMPTY_CUE_DRAFT,
  formatDelay,
  nextCueNumber,
  parseCueDraft,
  sessionClock,
} from "./stageManager";

const day = [{ id: "a" }, { id: "b" }, { id: "c" }];

describe("currentSessionId", () => {
  it("prefers a live, held or standing-by session", () => {
    expect(
      currentSessionId(day, { a: { status: "ended" }, b: { status: "scheduled" }, c: { status: "hold" } }),
    ).toBe("c");
    expect(currentSessionId(day, { b: { status: "standby" } })).toBe("b");
  });

  it("otherwise takes the first that has not ended or been cancelled", () => {
    expect(currentSessionId(day, { a: { status: "ended" }, b: { status: "cancelled" } })).toBe("c");
    expect(currentSessionId(day, {})).toBe("a");
  });

  it("is null when the day is done", () => {
    expect(
      currentSessionId(day, { a: { status: "ended" }, b: { status: "ended" }, c: { status: "ended" } }),
    ).toBe(null);
  });
});

describe("formatDelay", () => {
  it("says nothing when on time and signs the minutes otherwise", () => {
    expect(formatDelay(0)).toBeNull();
    expect(formatDelay(12)).toBe("+12 min");
    expect(formatDelay(-5)).toBe("−5 min");
  });
});

describe("sessionClock", () => {
  const start = Date.parse("2021-11-11T09:30:00+08:00");
  const plannedEnd = Date.parse("2021-11-11T11:00:00+08:00");

  it("has no elapsed time before the start", () => {
    const clock = sessionClock(undefined, { end: plannedEnd }, plannedEnd, start - 60_000);
    expect(clock).toEqual({ elapsedMs: null, remainingMs: 91 * 60_000, overrunMs: 0 });
  });

  it("counts from the actual start and past the planned end", () => {
    const live = { actualStart: new Date(start).toISOString(), actualEnd: null };
    const now = plannedEnd + 5 * 60_000;
    expect(sessionClock(live, { end: now }, plannedEnd, now)).toEqual({
      elapsedMs: 95 * 60_000,
      remainingMs: 0,
      overrunMs: 5 * 60_000,
    });
  });

  it("stops at the actual end", () => {
    const live = {
      actualStart: new Date(start).toISOString(),
      actualEnd: new Date(start + 600_000).toISOString(),
    };
    expect(sessionClock(live, { end: start + 600_000 }, plannedEnd, plannedEnd).elapsedMs).toBe(600_000);
  });
});

describe("parseCueDraft", () => {
  const draft = { ...EMPTY_CUE_DRAFT, number: "12.5", action: "Roll the film" };

  it("accepts what the schema accepts and drops empty optional fields", () => {
    expect(parseCueDraft(draft, "c1")).toEqual({
      ok: true,
      cue: { id: "c1", number: "12.5", department: "AV", type: "GO", action: "Roll the film" },
    });
    const full = parseCueDraft({ ...draft, notes: " from the desk ", offsetMin: "2" }, "c1");
    expect(full.ok && full.cue).toMatchObject({ notes: "from the desk", offsetMin: 2 });
  });

  it("names the first wrong field", () => {
    expect(parseCueDraft({ ...draft, number: "12a", action: "" }, "c1")).toMatchObject({
      ok: false,
      field: "number",
    });
    expect(parseCueDraft({ ...draft, department: "CAM" }, "c1")).toMatchObject({
      ok: false,
      field: "department",
    });
    expect(parseCueDraft({ ...draft, action: "  " }, "c1")).toMatchObject({ ok: false, field: "action" });
    expect(parseCueDraft({ ...draft, offsetMin: "-3" }, "c1")).toMatchObject({
      ok: false,
      field: "offsetMin",
    });
    expect(parseCueDraft({ ...draft, offsetMin: "soon" }, "c1")).toMatchObject({
      ok: false,
      field: "offsetMin",
    });
  });
});

describe("nextCueNumber", () => {
  it("follows the highest whole number", () => {
    expect(nextCueNumber([])).toBe("1");
    expect(nextCueNumber([{ number: "3" }, { number: "12.5" }, { number: "7" }])).toBe("13");
  });
});

describe("delayToShow", () => {
  const today = Date.parse("2021-11-11T00:00:00+08:00");
  it("shows delays of started sessions and of sessions still to come", () => {
    expect(delayToShow(12, { actualStart: "2021-11-10T09:42:00+08:00" }, today - 86_400_000, today)).toBe(12);
    expect(delayToShow(15, { actualStart: null }, today + 3_600_000, today)).toBe(15);
  });
  it("hides the delay of a past day's session nobody started", () => {
    expect(delayToShow(900, { actualStart: null }, today - 3_600_000, today)).toBe(0);
    expect(delayToShow(0, undefined, today + 1, today)).toBe(0);
  });
});
