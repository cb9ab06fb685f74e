import { describe, expect, it } from "vitest";
import { adjustClock, rehearsalClock, venueNowMs, WALL_CLOCK } from "./clock";

describe("venue clock", () => {
  it("is the wall clock in wall mode", () => {
    expect(venueNowMs(WALL_CLOCK, 123)).toBe(123);
  });

  it("runs a rehearsal clock at its speed from its anchor", () => {
    const clock = rehearsalClock(1_000_000, 50_000, 60);
    expect(venueNowMs(clock, 51_000)).toBe(1_060_000);
  });

  it("holds still while paused and resumes without a jump", () => {
    const running = rehearsalClock(0, 0, 10);
    const paused = adjustClock(running, 1_000, { paused: true });
    expect(venueNowMs(paused, 99_000)).toBe(10_000);
    const resumed = adjustClock(paused, 99_000, { paused: false });
    expect(venueNowMs(resumed, 99_000)).toBe(10_000);
    expect(venueNowMs(resumed, 100_000)).toBe(20_000);
  });

  it("changes speed without a jump", () => {
    const clock = adjustClock(rehearsalClock(0, 0, 1), 5_000, { speed: 600 });
    expect(venueNowMs(clock, 5_000)).toBe(5_000);
    expect(venueNowMs(clock, 6_000)).toBe(605_000);
  });
});
