import { describe, expect, it } from "vitest";
import { miniEvent } from "../../tests/fixtures/miniEvent";
import { EventFile } from "../model/eventFile";
import type { Speaker } from "../model/people";
import { nextSessionFor, normalizeForSearch, searchSpeakers } from "./speakerSearch";

const speaker = (id: string, name: string, city: string, organisation: string, nameZh?: string): Speaker => ({
  id,
  name,
  city,
  organisation,
  country: "CN",
  timeZone: "Asia/Shanghai",
  ...(nameZh ? { nameZh } : {}),
});

const speakers = [
  speaker("lucia", "Lucía Beltrán", "Madrid", "City of Madrid"),
  speaker("you", "Nicholas You", "Nairobi", "Guangzhou Institute for Urban Innovation", "游建华"),
  speaker("chen", "Chen Yuming", "Guangzhou", "Guangzhou Municipal Government", "陈玉明"),
];

describe("speaker search", () => {
  it("ignores case and accents", () => {
    expect(normalizeForSearch("Lucía BELTRÁN")).toBe("lucia beltran");
    expect(searchSpeakers(speakers, "lucia").map((s) => s.id)).toEqual(["lucia"]);
  });

  it("matches name in either script, city and organisation, every word", () => {
    expect(searchSpeakers(speakers, "游建").map((s) => s.id)).toEqual(["you"]);
    expect(searchSpeakers(speakers, "nairobi").map((s) => s.id)).toEqual(["you"]);
    expect(searchSpeakers(speakers, "guangzhou").map((s) => s.id)).toEqual(["chen", "you"]);
    expect(searchSpeakers(speakers, "guangzhou innovation").map((s) => s.id)).toEqual(["you"]);
    expect(searchSpeakers(speakers, "  ")).toEqual([]);
  });

  it("puts names that start with the query first", () => {
    expect(searchSpeakers(speakers, "you").map((s) => s.id)).toEqual(["you"]);
    expect(searchSpeakers(speakers, "c").map((s) => s.id)[0]).toBe("chen");
  });

  it("finds the session on now or next for a speaker", () => {
    const event = EventFile.parse(miniEvent());
    const opening = event.sessions.find((s) => s.id === "opening");
    expect(nextSessionFor(event.sessions, "ana", Date.parse("2021-11-08T08:00:00+08:00"))).toBe(opening);
    expect(nextSessionFor(event.sessions, "ana", Date.parse("2021-11-08T10:00:00+08:00"))).toBe(opening);
    expect(nextSessionFor(event.sessions, "ana", Date.parse("2021-11-08T11:00:00+08:00"))).toBeNull();
  });
});
