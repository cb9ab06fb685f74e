import { describe, expect, it } from "vitest";
import { EventFile } from "../../../shared/model/eventFile";
import { miniEvent } from "../../../tests/fixtures/miniEvent";
import { detectFormat, formatFromName, previewImport } from "./importFiles";
import { buildPreview } from "./importPreview";

const event = () => EventFile.parse(miniEvent());
const HEADER = "id,title_en,title_zh,kind,room_id,start,end,languages,topic,speakers";

describe("formatFromName and detectFormat", () => {
  it("takes the format from the extension, in any case", () => {
    expect(formatFromName("schedule.json")).toBe("frab-json");
    expect(formatFromName("C:\\exports\\Schedule.XML")).toBe("frab-xml");
    expect(formatFromName("sessions.csv")).toBe("csv");
    expect(formatFromName("sessions.tsv")).toBe("csv");
    expect(formatFromName("programme.xlsx")).toBeNull();
    expect(formatFromName("README")).toBeNull();
  });

  it("detects one format only when every file agrees", () => {
    expect(detectFormat(["rooms.csv", "sessions.csv"])).toBe("csv");
    expect(detectFormat(["schedule.json", "sessions.csv"])).toBeNull();
    expect(detectFormat([])).toBeNull();
  });
});

describe("previewImport", () => {
  it("merges a CSV into the running event by id: what moves, what is new, what goes", () => {
    const csv = [
      HEADER,
      "opening,Opening,开幕式,hybrid,hall,2021-11-08 09:30,2021-11-08 10:30,zh en,,ana:keynote:remote",
      "briefing,Briefing,简报会,in-person,studio,2021-11-09 09:00,2021-11-09 09:30,zh,,",
    ].join("\n");
    const outcome = previewImport([{ name: "sessions.csv", text: csv }], "csv", event(), "running event");
    expect(outcome.ok).toBe(true);
    expect(outcome.counts.error).toBe(0);
    const merge = outcome.merge;
    if (!merge) throw new Error("no merge");
    expect(merge.changed).toEqual([{ collection: "sessions", id: "opening", fields: ["start"] }]);
    expect(merge.added).toContainEqual({ collection: "sessions", id: "briefing" });
    expect(merge.removed).toContainEqual({ collection: "sessions", id: "webinar" });
    expect(outcome.event?.sessions.map((s) => s.id)).toEqual(["opening", "briefing"]);
  });

  it("reports a mistake with its file, line and column, and gives no event to apply", () => {
    const csv = [
      HEADER,
      "opening,Opening,开幕式,hybrid,hall,2021-11-08 09:00,2021-11-08 10:30,zh en,,",
      "webinar,Webinar,网络研讨会,online,studio,2021-11-09 14.00,2021-11-09 15:00,en,,",
    ].join("\n");
    const outcome = previewImport([{ name: "sessions.csv", text: csv }], "csv", event(), "running event");
    expect(outcome.ok).toBe(false);
    expect(outcome.event).toBeUndefined();
    expect(outcome.problems[0]).toMatchObject({
      severity: "error",
      kind: "invalid-value",
      file: "sessions.csv",
      line: 3,
      path: "start",
    });
    expect(outcome.problems[0]?.hint).not.toBe("");
  });

  it("recognises a CSV table by its header when the file has another name", () => {
    const csv = `${HEADER}\nopening,Opening,开幕式,hybrid,hall,2021-11-08 09:00,2021-11-08 10:30,zh en,,ana:keynote:remote\nwebinar,Webinar,网络研讨会,online,studio,2021-11-09 14:00,2021-11-09 15:00,en,,`;
    const outcome = previewImport([{ name: "export (2).csv", text: csv }], "csv", event(), "running event");
    expect(outcome.ok).toBe(true);
    expect(outcome.merge?.changed).toEqual([]);
  });

  it("refuses a CSV file whose table it cannot tell, and two files of one table", () => {
    const unknown = previewImport([{ name: "notes.csv", text: "a,b\n1,2" }], "csv", event(), "e");
    expect(unknown.ok).toBe(false);
    expect(unknown.problems[0]).toMatchObject({ kind: "unreadable", file: "notes.csv" });
    const twice = previewImport(
      [
        { name: "sessions.csv", text: `${HEADER}\n` },
        { name: "more.csv", text: `${HEADER}\n` },
      ],
      "csv",
      event(),
      "e",
    );
    expect(twice.problems[0]?.message).toContain("like sessions.csv");
  });

  it("reads frab JSON with the shared importer, and says so when it is not JSON at all", () => {
    const broken = previewImport([{ name: "schedule.json", text: "{ nope" }], "frab-json", event(), "e");
    expect(broken.ok).toBe(false);
    expect(broken.problems[0]).toMatchObject({ kind: "unreadable", file: "schedule.json", line: 1 });
    const two = previewImport(
      [
        { name: "a.json", text: "{}" },
        { name: "b.json", text: "{}" },
      ],
      "frab-json",
      event(),
      "e",
    );
    expect(two.problems[0]?.message).toContain("one schedule file");
  });
});

describe("buildPreview", () => {
  it("groups by collection, names items, details a moved session and flags a live one removed", () => {
    const base = event();
    const csv = [
      HEADER,
      "opening,Opening,开幕式,hybrid,studio,2021-11-08 09:30,2021-11-08 10:30,zh en,,ana:keynote:remote",
      "briefing,Briefing,简报会,in-person,studio,2021-11-09 09:00,2021-11-09 09:30,zh,,",
    ].join("\n");
    const outcome = previewImport([{ name: "sessions.csv", text: csv }], "csv", base, "running event");
    if (!outcome.merge) throw new Error("no merge");
    const preview = buildPreview(base, outcome.merge, {
      webinar: { status: "live" },
      opening: { status: "hold" },
    });
    const sessions = preview.groups.find((g) => g.collection === "sessions");
    expect(sessions?.added.map((i) => [i.id, i.name])).toEqual([
      ["briefing", { en: "Briefing", "zh-CN": "简报会" }],
    ]);
    expect(sessions?.removed.map((i) => [i.id, i.liveStatus])).toEqual([["webinar", "live"]]);
    const opening = sessions?.changed.find((i) => i.id === "opening");
    expect(opening?.liveStatus).toBe("hold");
    expect(opening?.details).toEqual([
      { field: "start", before: "2021-11-08T09:00:00+08:00", after: "2021-11-08T09:30:00+08:00" },
      { field: "roomId", before: "hall", after: "studio" },
    ]);
    expect(preview.removedLive.map((i) => i.id)).toEqual(["webinar"]);
    expect(preview.counts.removed).toBeGreaterThanOrEqual(1);
    // Groups follow the command line's order and leave out collections without changes.
    const order = preview.groups.map((g) => g.collection);
    expect(order.indexOf("sessions")).toBeGreaterThan(-1);
    expect(preview.groups.every((g) => g.added.length + g.changed.length + g.removed.length > 0)).toBe(true);
  });
});
