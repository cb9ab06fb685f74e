import { describe, expect, it } from "vitest";
import { miniEvent } from "../../tests/fixtures/miniEvent";
import { newSession } from "../journal/sessionReducer";
import type { SessionLive } from "../live/liveState";
import { EventFile } from "../model/eventFile";
import { FLOOR_SOURCE } from "../model/interpretation";
import { boardRooms, relayMap } from "./board";

const at = (hhmm: string) => `2021-11-08T${hhmm}:00+08:00`;

/** The hall (zh, en booths) and the studio (en booth), with sessions across the day. */
function event(): EventFile {
  const input = miniEvent();
  const base = input.sessions[0]!;
  input.booths = [...input.booths!, { id: "studio-en", roomId: "studio", language: "en", outputChannel: 2 }];
  input.sessions = [
    { ...base, id: "hall-am", start: at("09:00"), end: at("10:00") },
    { ...base, id: "hall-pm", start: at("14:00"), end: at("15:00") },
    { ...base, id: "studio-am", roomId: "studio", start: at("08:00"), end: at("09:00") },
    { ...base, id: "studio-solo", roomId: "studio", start: at("16:00"), end: at("17:00"), languages: ["en"] },
  ];
  return EventFile.parse(input);
}

const statuses = (e: EventFile, changes: Record<string, Partial<SessionLive>>) => ({
  sessions: Object.fromEntries(e.sessions.map((s) => [s.id, { ...newSession([]), ...changes[s.id] }])),
});

const shape = (rooms: ReturnType<typeof boardRooms>) =>
  rooms.map((r) => `${r.roomId}: ${r.sessions.map((s) => `${s.session.id}[${s.booths.map((b) => b.id)}]`)}`);

describe("coordinator's board", () => {
  it("shows the booths of live and on-hold sessions only, by default", () => {
    const e = event();
    expect(boardRooms(e, statuses(e, {}), null)).toEqual([]);
    const rooms = boardRooms(e, statuses(e, { "hall-pm": { status: "hold" } }), null);
    expect(shape(rooms)).toEqual(["hall: hall-pm[hall-zh,hall-en]"]);
    expect(rooms[0]?.sessions[0]).toMatchObject({ status: "hold", active: true });
  });

  it("adds the day's other sessions on request, rooms working now first, the working session first", () => {
    const e = event();
    const rooms = boardRooms(e, statuses(e, { "studio-am": { status: "live" } }), e.sessions);
    // The single-language session needs no booth.
    expect(shape(rooms)).toEqual([
      "studio: studio-am[studio-en]",
      "hall: hall-am[hall-zh,hall-en],hall-pm[hall-zh,hall-en]",
    ]);
    const later = boardRooms(e, statuses(e, { "hall-pm": { status: "live" } }), e.sessions);
    expect(shape(later)).toEqual([
      "hall: hall-pm[hall-zh,hall-en],hall-am[hall-zh,hall-en]",
      "studio: studio-am[studio-en]",
    ]);
  });
});

describe("relay map", () => {
  const sources: Record<string, string> = {
    zh: FLOOR_SOURCE,
    en: FLOOR_SOURCE,
    fr: "en",
    es: "en",
    pt: "es",
    ar: "ru",
  };
  const sourceOf = (id: string) => sources[id] ?? FLOOR_SOURCE;

  it("runs from the floor through pivots to their dependents", () => {
    const map = relayMap(["zh", "en", "fr", "es", "pt"], sourceOf);
    expect(map).toEqual({
      fromFloor: [
        { boothId: "zh", children: [] },
        {
          boothId: "en",
          children: [
            { boothId: "fr", children: [] },
            { boothId: "es", children: [{ boothId: "pt", children: [] }] },
          ],
        },
      ],
      unresolved: [],
    });
  });

  it("lists booths whose source is not among the session's booths, or who take relay in a loop", () => {
    const loop: Record<string, string> = { a: "b", b: "a" };
    expect(relayMap(["zh", "ar"], sourceOf).unresolved).toEqual([{ boothId: "ar", source: "ru" }]);
    expect(relayMap(["a", "b"], (id) => loop[id] ?? FLOOR_SOURCE)).toEqual({
      fromFloor: [],
      unresolved: [
        { boothId: "a", source: "b" },
        { boothId: "b", source: "a" },
      ],
    });
  });
});
