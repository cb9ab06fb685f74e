import { describe, expect, it } from "vitest";
import { formatClock, formatDate, formatUtcOffset, splitCountdown, splitDuration } from "./venueTime";

const at = Date.parse("2021-11-08T00:45:07Z");

describe("venue time formatting", () => {
  it("shows the venue zone, not the machine's", () => {
    expect(formatClock(at, "Asia/Shanghai")).toBe("08:45:07");
    expect(formatUtcOffset(at, "Asia/Shanghai")).toBe("UTC+8");
    expect(formatUtcOffset(at, "Asia/Kolkata")).toBe("UTC+5:30");
  });

  it("writes dates day-first in English and in Chinese order in Chinese", () => {
    expect(formatDate(at, "Asia/Shanghai", "en")).toMatch(/^Mon,? 8 Nov 2021$/);
    expect(formatDate(at, "Asia/Shanghai", "zh-CN")).toContain("2021年11月8日");
  });

  it("splits countdowns into days and clock digits", () => {
    expect(splitCountdown(90_061_000)).toEqual({ days: 1, hms: "01:01:01" });
    expect(splitCountdown(-5000)).toEqual({ days: 0, hms: "00:00:00" });
    expect(splitDuration(5_400_000)).toEqual({ hours: 1, minutes: 30 });
  });
});
