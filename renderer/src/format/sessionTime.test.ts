import { expect, it } from "vitest";
import { sessionTimeLabel } from "./sessionTime";

it("shows times within a day and dates across days, in the venue zone", () => {
  const zone = "Asia/Shanghai";
  expect(sessionTimeLabel({ start: "2021-11-08T01:30:00Z", end: "2021-11-08T03:00:00Z" }, zone, "en")).toBe(
    "09:30–11:00",
  );
  expect(
    sessionTimeLabel({ start: "2021-11-11T09:00:00+08:00", end: "2021-11-13T17:00:00+08:00" }, zone, "en"),
  ).toMatch(/^Thu,? 11 Nov 09:00 – Sat,? 13 Nov 17:00$/);
});
