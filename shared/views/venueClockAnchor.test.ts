import { describe, expect, it } from "vitest";
import { anchorFromHealth, venueMsAt } from "./venueClockAnchor";

const venueTime = "2021-11-08T00:45:00.000Z";
const venueMs = Date.parse(venueTime);

describe("venue clock anchor", () => {
  it("pins the hub's reading to the middle of the round trip", () => {
    const anchor = anchorFromHealth({ mode: "wall", venueTime }, 1000, 1200);
    expect(anchor).toEqual({ venueMs, monoMs: 1100, rate: 1 });
    expect(venueMsAt(anchor!, 2100)).toBe(venueMs + 1000);
  });

  it("runs a rehearsal clock at its speed and holds a paused one", () => {
    const fast = anchorFromHealth({ mode: "rehearsal", venueTime, speed: 60, paused: false }, 0, 0)!;
    expect(venueMsAt(fast, 1000)).toBe(venueMs + 60_000);
    const paused = anchorFromHealth({ mode: "rehearsal", venueTime, speed: 60, paused: true }, 0, 0)!;
    expect(venueMsAt(paused, 50_000)).toBe(venueMs);
  });

  it("refuses a time it cannot read", () => {
    expect(anchorFromHealth({ mode: "wall", venueTime: "soon" }, 0, 0)).toBeNull();
  });
});
