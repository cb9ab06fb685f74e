import { describe, expect, it } from "vitest";
import { DEFAULT_INTERPRETATION, FLOOR_SOURCE } from "../model/interpretation";
import { relayDependents, relayDistance } from "./relay";
import { nextInterpreter, turnClock } from "./turns";

const START = Date.parse("2021-11-11T09:30:00+08:00");
const booth = (turnStartedAt: string | null) => ({
  sessionId: "s",
  activeInterpreterId: "a",
  turnStartedAt,
  turns: [],
  lastHandover: null,
});

describe("turnClock", () => {
  const started = booth(new Date(START).toISOString());
  it("is ok, then amber in the last minute, then red past the turn length", () => {
    expect(turnClock(started, DEFAULT_INTERPRETATION, START + 10 * 60_000)).toEqual({
      elapsedMs: 600_000,
      remainingMs: 1_200_000,
      phase: "ok",
    });
    expect(turnClock(started, DEFAULT_INTERPRETATION, START + 29 * 60_000)?.phase).toBe("ending");
    expect(turnClock(started, DEFAULT_INTERPRETATION, START + 30 * 60_000)?.phase).toBe("overdue");
    expect(
      turnClock(started, { ...DEFAULT_INTERPRETATION, turnMinutes: 20 }, START + 25 * 60_000),
    ).toMatchObject({
      remainingMs: -300_000,
      phase: "overdue",
    });
  });
  it("is null with nobody on the microphone", () => {
    expect(turnClock(booth(null), DEFAULT_INTERPRETATION, START)).toBeNull();
  });
});

describe("nextInterpreter", () => {
  it("goes round the team in order", () => {
    expect(nextInterpreter(["a", "b", "c"], "a")).toBe("b");
    expect(nextInterpreter(["a", "b", "c"], "c")).toBe("a");
    expect(nextInterpreter(["a", "b"], null)).toBe("a");
    expect(nextInterpreter(["a"], "a")).toBeNull();
    expect(nextInterpreter([], null)).toBeNull();
  });
});

describe("relay", () => {
  const sources: Record<string, string> = { zh: FLOOR_SOURCE, en: FLOOR_SOURCE, fr: "en", es: "fr" };
  const sourceOf = (id: string) => sources[id] ?? FLOOR_SOURCE;
  it("shows floor, + (pivot works from the floor) and - (relay of relay)", () => {
    expect(relayDistance("zh", sourceOf)).toBe("floor");
    expect(relayDistance("fr", sourceOf)).toBe("+");
    expect(relayDistance("es", sourceOf)).toBe("-");
  });
  it("lists the booths that take relay from a pivot", () => {
    expect(relayDependents("en", ["zh", "en", "fr", "es"], sourceOf)).toEqual(["fr"]);
    expect(relayDependents("zh", ["zh", "en", "fr", "es"], sourceOf)).toEqual([]);
  });
});
