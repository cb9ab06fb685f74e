import { describe, expect, it } from "vitest";
import { formatLocal, offsetLabel, parseDateTime, toInstant } from "./localTime";

describe("local times", () => {
  it("reads venue-local times in the zone and ISO times with their own offset", () => {
    const local = parseDateTime("2021-11-08 9:30", "Asia/Shanghai");
    expect(local.ok && toInstant(local.time, "Asia/Shanghai")).toBe("2021-11-08T09:30:00+08:00");
    const utc = parseDateTime("2021-11-08T01:30:00Z", "Asia/Shanghai");
    expect(utc.ok && utc.hadOffset && toInstant(utc.time, "Asia/Shanghai")).toBe("2021-11-08T09:30:00+08:00");
  });

  it("refuses what is not a time, and a wall time that the clocks skip", () => {
    expect(parseDateTime("8 Nov 9.30", "Asia/Shanghai").ok).toBe(false);
    const gap = parseDateTime("2024-03-31 02:30", "Europe/Berlin");
    expect(gap.ok).toBe(false);
    expect(!gap.ok && gap.reason).toContain("does not exist in Europe/Berlin");
  });

  it("writes local times, and an offset where the local time would be ambiguous", () => {
    expect(formatLocal("2021-11-08T01:30:00Z", "Asia/Shanghai")).toBe("2021-11-08 09:30");
    // 02:30 happens twice on 27 October 2024 in Berlin: a local time reads as the second, so the first
    // one keeps its offset.
    expect(formatLocal("2024-10-27T02:30:00+02:00", "Europe/Berlin")).toBe("2024-10-27T02:30:00+02:00");
    expect(formatLocal("2024-10-27T02:30:00+01:00", "Europe/Berlin")).toBe("2024-10-27 02:30");
    expect(offsetLabel(-210)).toBe("-03:30");
  });
});
