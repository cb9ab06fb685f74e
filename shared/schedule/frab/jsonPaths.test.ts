import { describe, expect, it } from "vitest";
import { formatJsonPath, jsonValueLines, lineOfPath } from "./jsonPaths";

describe("JSON paths and their lines", () => {
  it("writes paths as a reader would type them", () => {
    expect(formatJsonPath(["schedule", "conference", "days", 2, "rooms", "Saal 1", 3, "start"])).toBe(
      'schedule.conference.days[2].rooms["Saal 1"][3].start',
    );
    expect(formatJsonPath(["rooms", "Werkstatt"])).toBe("rooms.Werkstatt");
    expect(formatJsonPath([])).toBe("");
  });

  it("finds the line of every value, escapes and nesting included", () => {
    const text = '{\n  "a": [1,\n    {"b \\"q\\"": "x\\ny"}],\n  "c": {\n    "d": null\n  }\n}\n';
    const lines = jsonValueLines(text);
    expect(lines.get("a[0]")).toBe(2);
    expect(lines.get('a[1]["b \\"q\\""]')).toBe(3);
    expect(lines.get("c.d")).toBe(5);
    expect(lineOfPath(lines, ["c", "missing"])).toBe(4);
  });
});
