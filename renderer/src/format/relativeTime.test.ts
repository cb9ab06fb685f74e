import { expect, it } from "vitest";
import { agoParts, formatAgo, relativeTimeFormat } from "./relativeTime";

it("says how long ago in the largest useful unit, in either language", () => {
  const now = Date.parse("2021-11-08T01:00:00Z");
  expect(formatAgo(now - 12_000, now, "en")).toMatch(/^12 sec/);
  expect(formatAgo(now - 3 * 60_000, now, "en")).toMatch(/^3 min/);
  expect(formatAgo(now - 5 * 3_600_000, now, "en")).toMatch(/^5 hr/);
  expect(formatAgo(now - 3 * 86_400_000, now, "en")).toMatch(/^3 days/);
  expect(formatAgo(now + 2_000, now, "en")).toBe("now");
  expect(formatAgo(now - 12_000, now, "zh-CN")).toBe("12秒前");
});

it("splits an age into the parts shown, equal whenever the text is", () => {
  const now = Date.parse("2021-11-08T01:00:00Z");
  expect(agoParts(now + 2_000, now)).toEqual({ value: 0, unit: "second" });
  expect(agoParts(now - 400, now)).toEqual({ value: 0, unit: "second" });
  expect(agoParts(now - 59_400, now)).toEqual({ value: 59, unit: "second" });
  expect(agoParts(now - 60_000, now)).toEqual({ value: 1, unit: "minute" });
  expect(agoParts(now - 119_000, now)).toEqual({ value: 1, unit: "minute" });
  expect(agoParts(now - 47 * 3_600_000, now)).toEqual({ value: 47, unit: "hour" });
  expect(agoParts(now - 50 * 3_600_000, now)).toEqual({ value: 2, unit: "day" });
});

it("creates one formatter per locale and reuses it", () => {
  const en = relativeTimeFormat("en");
  expect(relativeTimeFormat("en")).toBe(en);
  expect(relativeTimeFormat("zh-CN")).not.toBe(en);
  expect(relativeTimeFormat("zh-CN")).toBe(relativeTimeFormat("zh-CN"));
  expect(en.resolvedOptions().locale).toBe("en-GB");
});
