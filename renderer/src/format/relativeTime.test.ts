import { expect, it } from "vitest";
import { formatAgo } from "./relativeTime";

it("says how long ago in the largest useful unit, in either language", () => {
  const now = Date.parse("2021-11-08T01:00:00Z");
  expect(formatAgo(now - 12_000, now, "en")).toMatch(/^12 sec/);
  expect(formatAgo(now - 3 * 60_000, now, "en")).toMatch(/^3 min/);
  expect(formatAgo(now - 5 * 3_600_000, now, "en")).toMatch(/^5 hr/);
  expect(formatAgo(now - 3 * 86_400_000, now, "en")).toMatch(/^3 days/);
  expect(formatAgo(now + 2_000, now, "en")).toBe("now");
  expect(formatAgo(now - 12_000, now, "zh-CN")).toBe("12秒前");
});
