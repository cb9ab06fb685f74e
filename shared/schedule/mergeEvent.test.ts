import { describe, expect, it } from "vitest";
import { miniEvent } from "../../tests/fixtures/miniEvent";
import { EventFile } from "../model/eventFile";
import { validateEventFile } from "../validation/validateEventFile";
import type { ImportedSchedule, ImportedSession } from "./importedSchedule";
import { mergeEvent } from "./mergeEvent";

/** The mini event with a run of show and an interpreter team on its opening. */
function base(): EventFile {
  const input = miniEvent();
  input.sessions[0]!.cues = [
    { id: "walk-in", number: "1", department: "SND", type: "GO", action: "Walk-in music" },
  ];
  input.assignments = [{ sessionId: "opening", boothId: "hall-zh", interpreterIds: ["li"] }];
  return EventFile.parse(input);
}

const at = (line: number) => ({ file: "sessions.csv", line });
function session(id: string, overrides: Partial<ImportedSession> = {}): ImportedSession {
  return {
    id,
    origin: at(2),
    fields: {},
    title: { en: id, zh: id },
    roomId: "hall",
    start: "2021-11-08T09:00:00+08:00",
    end: "2021-11-08T10:30:00+08:00",
    kind: "hybrid",
    languages: ["zh", "en"],
    ...overrides,
  };
}
const opening = (overrides: Partial<ImportedSession> = {}) =>
  session("opening", {
    title: { en: "Opening", zh: "开幕式" },
    speakers: [{ personId: "ana", role: "keynote", mode: "remote" }],
    ...overrides,
  });
const sessions = (...list: ImportedSession[]): ImportedSchedule => ({ format: "csv", sessions: list });

describe("mergeEvent", () => {
  it("adds, changes and removes sessions by id, and says which fields changed", () => {
    const merged = mergeEvent(
      base(),
      sessions(
        opening({ start: "2021-11-08T09:30:00+08:00", end: "2021-11-08T11:00:00+08:00" }),
        session("closing", {
          start: "2021-11-09T17:00:00+08:00",
          end: "2021-11-09T18:00:00+08:00",
        }),
      ),
    );
    expect(merged.added).toEqual([{ collection: "sessions", id: "closing" }]);
    expect(merged.changed).toEqual([{ collection: "sessions", id: "opening", fields: ["start", "end"] }]);
    expect(merged.removed).toEqual([{ collection: "sessions", id: "webinar" }]);
    expect(validateEventFile(merged.event).problems).toEqual([]);
  });

  it("keeps everything the import does not carry: floors, booths, devices, cues, assignments, settings", () => {
    const before = base();
    const merged = mergeEvent(before, sessions(opening(), session("webinar", { roomId: "studio" })));
    const { event } = merged;
    expect(event.venue).toEqual(before.venue);
    expect([event.booths, event.devices, event.interpretation, event.readiness]).toEqual([
      before.booths,
      before.devices,
      before.interpretation,
      before.readiness,
    ]);
    expect(event.sessions.find((s) => s.id === "opening")?.cues).toEqual(before.sessions[0]?.cues);
    expect(event.assignments).toEqual(before.assignments);
  });

  it("does not change the event it is given", () => {
    const before = base();
    const copy = JSON.stringify(before);
    mergeEvent(before, sessions(opening({ roomId: "studio", title: { en: "Changed" } })));
    expect(JSON.stringify(before)).toBe(copy);
  });

  it("keeps the Chinese title and the interpretation languages an English-only schedule does not have", () => {
    const merged = mergeEvent(
      base(),
      sessions(opening({ title: { en: "Opening ceremony" }, languages: ["en"], floorLanguageOnly: true })),
    );
    const result = merged.event.sessions.find((s) => s.id === "opening");
    expect(result?.title).toEqual({ en: "Opening ceremony", "zh-CN": "开幕式" });
    expect(result?.languages).toEqual(["en", "zh"]);
    expect(merged.notes.map((n) => [n.severity, n.kind, n.line])).toEqual([
      ["warning", "missing-chinese", 2],
    ]);
  });

  it("gives defaults only to new items and reports them; existing ones keep their own", () => {
    const merged = mergeEvent(
      base(),
      sessions(
        opening({ kind: undefined, speakers: [{ personId: "ana" }] }),
        session("walk-in", {
          kind: undefined,
          title: { en: "Walk-in" },
          start: "2021-11-08T08:00:00+08:00",
          end: "2021-11-08T08:30:00+08:00",
        }),
      ),
    );
    const byId = new Map(merged.event.sessions.map((s) => [s.id, s]));
    expect(byId.get("opening")?.kind).toBe("hybrid");
    expect(byId.get("opening")?.speakers).toEqual([{ personId: "ana", role: "keynote", mode: "remote" }]);
    expect(byId.get("walk-in")).toMatchObject({
      kind: "in-person",
      title: { en: "Walk-in", "zh-CN": "Walk-in" },
    });
    expect(merged.notes.map((n) => [n.kind, n.message])).toEqual([
      ["missing-chinese", "1 session title has no Chinese; the other language is used for both"],
      ["defaulted", '1 new session without a kind: set to "in-person"'],
    ]);
  });

  it("unassigns the interpreters of a session that moves to another room", () => {
    const merged = mergeEvent(
      base(),
      sessions(
        opening({ roomId: "studio" }),
        session("webinar", {
          roomId: "studio",
          start: "2021-11-09T14:00:00+08:00",
          end: "2021-11-09T15:00:00+08:00",
        }),
      ),
    );
    expect(merged.event.assignments).toEqual([]);
    expect(merged.removed).toEqual([{ collection: "assignments", id: "opening/hall-zh" }]);
    expect(merged.notes.map((n) => [n.kind, n.file, n.line])).toEqual([
      ["dropped-assignment", "sessions.csv", 2],
    ]);
  });

  it("drops the interpreters of removed sessions with them", () => {
    const merged = mergeEvent(base(), sessions(session("webinar", { roomId: "studio" })));
    expect(merged.removed).toEqual([
      { collection: "sessions", id: "opening" },
      { collection: "assignments", id: "opening/hall-zh" },
    ]);
  });

  it("finds rooms and speakers of a schedule from elsewhere by name", () => {
    const merged = mergeEvent(base(), {
      format: "frab-json",
      rooms: [{ id: "main-hall", origin: at(3), name: { en: "hall" }, matchByName: true }],
      speakers: [{ id: "ana-example", origin: at(4), name: "Ana Example", matchByName: true }],
      sessions: [
        opening({ roomId: "main-hall", speakers: [{ personId: "ana-example" }] }),
        session("webinar", {
          roomId: "studio",
          start: "2021-11-09T14:00:00+08:00",
          end: "2021-11-09T15:00:00+08:00",
        }),
      ],
    });
    const open = merged.event.sessions.find((s) => s.id === "opening");
    expect(open?.roomId).toBe("hall");
    expect(open?.speakers).toEqual([{ personId: "ana", role: "keynote", mode: "remote" }]);
    expect(merged.event.people.speakers).toHaveLength(1);
    expect(merged.event.people.speakers[0]?.organisation).toBe("City of Example");
    expect(merged.notes.filter((n) => n.kind === "matched-by-name").map((n) => n.line)).toEqual([3, 4]);
  });

  it("places new rooms, fills in new speakers and declares new languages, and extends the days", () => {
    const merged = mergeEvent(base(), {
      format: "frab-json",
      rooms: [{ id: "foyer", origin: at(3), name: { en: "Foyer" }, matchByName: true }],
      speakers: [{ id: "bo-example", origin: at(4), name: "Bo Example", matchByName: true }],
      sessions: [
        session("night", {
          roomId: "foyer",
          languages: ["fr"],
          start: "2021-11-09T23:00:00+08:00",
          end: "2021-11-10T01:00:00+08:00",
          speakers: [{ personId: "bo-example" }],
        }),
      ],
    });
    const { event } = merged;
    const foyer = event.venue.rooms.find((r) => r.id === "foyer");
    const floor = event.venue.floors[0]!;
    expect(foyer).toMatchObject({
      floorId: "l1",
      type: "meeting",
      capacity: 0,
      name: { en: "Foyer", "zh-CN": "Foyer" },
    });
    for (const [x, y] of foyer?.polygon ?? []) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(floor.height);
    }
    expect(event.people.speakers.find((s) => s.id === "bo-example")).toEqual({
      id: "bo-example",
      name: "Bo Example",
      organisation: "unknown",
      city: "unknown",
      country: "ZZ",
      timeZone: "Asia/Shanghai",
    });
    expect(event.languages.find((l) => l.code === "fr")?.name).toEqual({ en: "French", "zh-CN": "法语" });
    expect(event.event.days).toEqual(["2021-11-08", "2021-11-09", "2021-11-10"]);
    expect(merged.changed).toContainEqual({ collection: "event", id: "mini", fields: ["days"] });
    expect(merged.added).toEqual(
      expect.arrayContaining([
        { collection: "rooms", id: "foyer" },
        { collection: "speakers", id: "bo-example" },
        { collection: "languages", id: "fr" },
      ]),
    );
    expect(merged.notes.map((n) => n.kind)).toEqual(
      expect.arrayContaining(["placeholder", "days-extended", "missing-chinese", "defaulted"]),
    );
    expect(validateEventFile(event).ok).toBe(true);
  });

  it("updates people from CSV: given fields change, an empty optional one is removed, others are kept", () => {
    const merged = mergeEvent(base(), {
      format: "csv",
      speakers: [
        {
          id: "ana",
          origin: at(2),
          name: "Ana Example",
          nameZh: "安娜",
          title: null,
          organisation: "City of Example",
          city: "Cusco",
          country: "PE",
          matchByName: false,
        },
      ],
      interpreters: [
        { id: "li", origin: at(2), name: "Li Example", languages: { a: ["zh"], b: ["en", "fr"] } },
      ],
    });
    expect(merged.event.people.speakers[0]).toEqual({
      id: "ana",
      name: "Ana Example",
      nameZh: "安娜",
      organisation: "City of Example",
      city: "Cusco",
      country: "PE",
      timeZone: "America/Lima",
    });
    expect(merged.changed).toEqual([
      { collection: "speakers", id: "ana", fields: ["city", "nameZh"] },
      { collection: "interpreters", id: "li", fields: ["languages.b"] },
    ]);
    expect(merged.removed).toEqual([]);
    expect(merged.event.sessions).toHaveLength(2);
  });
});
