import { describe, expect, it } from "vitest";
import { countdownPhase, formatCountdown, formatElapsed, remainingSeconds } from "./countdown";

describe("stage countdown", () => {
  it("rounds up, so the last second shows 00:01 and the end 00:00", () => {
    expect(remainingSeconds(10_000, 9_700)).toBe(1);
    expect(remainingSeconds(10_000, 10_400)).toBe(0);
    expect(Object.is(remainingSeconds(10_000, 10_400), 0)).toBe(true);
    expect(remainingSeconds(10_000, 11_200)).toBe(-1);
  });

  it("is plenty above five minutes, wrap-up from five minutes, over below zero", () => {
    expect(countdownPhase(301)).toBe("plenty");
    expect(countdownPhase(300)).toBe("wrap-up");
    expect(countdownPhase(0)).toBe("wrap-up");
    expect(countdownPhase(-1)).toBe("over");
  });

  it("writes minutes and seconds, hours when needed, and a plus when over", () => {
    expect(formatCountdown(754)).toBe("12:34");
    expect(formatCountdown(3723)).toBe("1:02:03");
    expect(formatCountdown(0)).toBe("00:00");
    expect(formatCountdown(-65)).toBe("+01:05");
  });
});

describe("turn timer display", () => {
  it("writes minutes and seconds, the minutes counting on past an hour", () => {
    expect(formatElapsed(12 * 60_000 + 5_000)).toBe("12:05");
    expect(formatElapsed(75 * 60_000)).toBe("75:00");
  });
});
