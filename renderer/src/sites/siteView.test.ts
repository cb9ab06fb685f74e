import { describe, expect, it } from "vitest";
import type { SiteSummary } from "../../../shared/sites/siteSummary";
import { IDS_PER_STATUS, notOkByStatus, roomsWithIssue } from "./siteView";

describe("notOkByStatus", () => {
  it("groups the devices per status, worst first, naming only the first few of each", () => {
    const notOk: SiteSummary["devices"]["notOk"] = [
      { id: "enc-1", status: "fault" },
      ...Array.from({ length: 7 }, (_, i) => ({ id: `cam-${i}`, status: "missing" as const })),
      { id: "mic-1", status: "warning" },
    ];
    expect(notOkByStatus(notOk)).toEqual([
      { status: "fault", count: 1, ids: ["enc-1"] },
      { status: "missing", count: 7, ids: ["cam-0", "cam-1", "cam-2"].slice(0, IDS_PER_STATUS) },
      { status: "warning", count: 1, ids: ["mic-1"] },
    ]);
  });

  it("is empty when every device is ok", () => {
    expect(notOkByStatus([])).toEqual([]);
  });
});

describe("roomsWithIssue", () => {
  it("counts the rooms that carry an issue", () => {
    const room = (id: string, issue: string | null) => ({
      id,
      name: { en: id, "zh-CN": id },
      status: "closed" as const,
      issue,
      current: null,
    });
    const site = { rooms: [room("a", "no sound"), room("b", null), room("c", "")] } as SiteSummary;
    expect(roomsWithIssue(site)).toBe(1);
  });
});
