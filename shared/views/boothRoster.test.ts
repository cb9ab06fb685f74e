import { describe, expect, it } from "vitest";
import { miniEvent } from "../../tests/fixtures/miniEvent";
import { EventFile } from "../model/eventFile";
import { interpretersForLanguage, relaySources } from "./boothRoster";

const base = EventFile.parse(miniEvent());
const event: EventFile = {
  ...base,
  people: {
    ...base.people,
    interpreters: [
      { id: "zoe", name: "Zoe", languages: { a: ["en"], b: [], c: ["zh"] }, remote: false },
      { id: "li", name: "Li", languages: { a: ["zh"], b: ["en"], c: [] }, remote: false },
      { id: "amy", name: "Amy", languages: { a: ["en"], b: ["zh"], c: [] }, remote: true },
      { id: "pierre", name: "Pierre", languages: { a: ["fr"], b: [], c: ["en"] }, remote: false },
    ],
  },
};

describe("booth roster", () => {
  it("lists interpreters with the booth language as A or B, A first", () => {
    expect(interpretersForLanguage(event.people, "en").map((i) => i.id)).toEqual(["amy", "zoe", "li"]);
    expect(interpretersForLanguage(event.people, "zh").map((i) => i.id)).toEqual(["li", "amy"]);
  });

  it("offers the floor and the room's other booths as relay sources", () => {
    expect(relaySources(event.booths, "hall-en")).toEqual(["floor", "hall-zh"]);
    expect(relaySources(event.booths, "nowhere")).toEqual(["floor"]);
  });
});
