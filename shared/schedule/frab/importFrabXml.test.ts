import { describe, expect, it } from "vitest";
import { lineOf, readFixture } from "../../../tests/fixtures/schedules";
import type { ImportedSession } from "../importedSchedule";
import { importFrabJson } from "./importFrabJson";
import { importFrabXml } from "./importFrabXml";

const XML = readFixture("frab", "schedule.xml");
const ERRORS = readFixture("frab", "errors.xml");

/** What a session is, without where it was read. */
const content = ({ origin: _origin, fields: _fields, ...session }: ImportedSession) => session;

describe("importFrabXml: a pretalx schedule.xml", () => {
  const { schedule, problems } = importFrabXml(XML, "schedule.xml");

  it("gives the same sessions and speakers as its schedule.json twin", () => {
    const json = importFrabJson(readFixture("frab", "schedule.json"), "schedule.json").schedule;
    expect(schedule.sessions?.map(content)).toEqual(json.sessions?.map(content));
    expect(schedule.speakers?.map((s) => [s.id, s.name])).toEqual(json.speakers?.map((s) => [s.id, s.name]));
    expect(schedule.conference?.days).toEqual(["2024-10-25", "2024-10-26", "2024-10-27"]);
  });

  it("reports the same warnings, located by XPath and line", () => {
    const event = (day: number, room: string, n: number) =>
      `/schedule/day[${day}]/room[@name="${room}"]/event[${n}]`;
    expect(problems.filter((p) => p.severity === "warning").map((p) => [p.kind, p.path, p.line])).toEqual([
      ["offset-differs", `${event(2, "Saal Elbe", 2)}/date`, lineOf(XML, "<date>2024-10-26T09:00:00+00:00")],
      ["past-midnight", `${event(2, "Saal Elbe", 4)}/date`, lineOf(XML, "<date>2024-10-27T00:30:00+02:00")],
      ["duplicate-id", `${event(3, "Raum Alster", 1)}/@id`, lineOf(XML, "id='3107'", 2)],
      [
        "duplicate-guid",
        `${event(3, "Werkstatt", 1)}/@guid`,
        lineOf(XML, "5e3c0a2b-7f41-4c9e-8d2a-000000000003", 2),
      ],
    ]);
  });
});

describe("importFrabXml: problems", () => {
  it("names the missing element, the unknown language and a person without a name", () => {
    const { problems } = importFrabXml(ERRORS, "errors.xml");
    const event = (n: number) => `/schedule/day[1]/room[@name="Hall A"]/event[${n}]`;
    expect(problems.filter((p) => p.severity === "error").map((p) => [p.kind, p.path, p.line])).toEqual([
      ["missing-field", `${event(2)}/title`, lineOf(ERRORS, "id='3'")],
      ["unknown-language", `${event(3)}/language`, lineOf(ERRORS, "<language>xx")],
      ["missing-field", `${event(3)}/persons/person[2]`, lineOf(ERRORS, "<person id='1202'>")],
    ]);
  });

  it("says where XML that is not well-formed breaks", () => {
    const broken = readFixture("frab", "broken.xml");
    const { problems } = importFrabXml(broken, "broken.xml");
    expect(problems.map((p) => [p.severity, p.kind, p.line])).toEqual([
      ["error", "unreadable", lineOf(broken, "</room>")],
    ]);
    expect(problems[0]?.message).toContain("Expected closing tag 'event'");
  });

  it("does not take an XML file without a schedule for one", () => {
    const { problems } = importFrabXml(
      "<?xml version='1.0'?>\n<calendar><title>x</title></calendar>\n",
      "c.xml",
    );
    expect(problems.map((p) => p.kind)).toEqual(["not-a-schedule"]);
  });
});
