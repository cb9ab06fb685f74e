/// <reference path="../csv/papaparse.d.ts" />
import Papa from "papaparse/papaparse.js";
import type { EventFile } from "../../model/eventFile";
import type { Session } from "../../model/programme";
import { CSV_COLUMNS, type CsvTable } from "../csv/columns";
import { formatLocal } from "../localTime";

// Excel opens a UTF-8 CSV with Chinese text correctly only when it starts with a byte order mark.
const BOM = "\uFEFF";

function table(name: CsvTable, rows: readonly Record<string, string | undefined>[]): string {
  const columns = CSV_COLUMNS[name].map((c) => c.name);
  return (
    BOM +
    Papa.unparse([columns, ...rows.map((row) => columns.map((c) => row[c] ?? ""))], { newline: "\r\n" }) +
    "\r\n"
  );
}

const speakersCell = (session: Session) =>
  session.speakers.map((s) => `${s.personId}:${s.role}:${s.mode}`).join("; ");

/**
 * The event as the CSV files the import reads, in the same columns, so that exporting and importing
 * gives the same sessions (times are venue-local; cues, floors and booths are not in CSV and a merge
 * keeps them). `roomId` limits rooms and sessions to one room.
 */
export function exportCsv(event: EventFile, options: { roomId?: string } = {}): Record<CsvTable, string> {
  const zone = event.event.timeZone;
  const inRoom = (roomId: string) => options.roomId === undefined || roomId === options.roomId;
  return {
    event: table("event", [
      {
        id: event.event.id,
        name_en: event.event.name.en,
        name_zh: event.event.name["zh-CN"],
        organiser_en: event.event.organiser.en,
        organiser_zh: event.event.organiser["zh-CN"],
        venue_en: event.venue.name.en,
        venue_zh: event.venue.name["zh-CN"],
        time_zone: zone,
        days: event.event.days.join(" "),
      },
    ]),
    rooms: table(
      "rooms",
      event.venue.rooms
        .filter((room) => inRoom(room.id))
        .map((room) => ({
          id: room.id,
          name_en: room.name.en,
          name_zh: room.name["zh-CN"],
          type: room.type,
          capacity: String(room.capacity),
          floor_id: room.floorId,
        })),
    ),
    sessions: table(
      "sessions",
      event.sessions
        .filter((session) => inRoom(session.roomId))
        .map((session) => ({
          id: session.id,
          title_en: session.title.en,
          title_zh: session.title["zh-CN"],
          kind: session.kind,
          room_id: session.roomId,
          start: formatLocal(session.start, zone),
          end: formatLocal(session.end, zone),
          languages: session.languages.join(" "),
          topic: session.topic,
          speakers: speakersCell(session),
        })),
    ),
    speakers: table(
      "speakers",
      event.people.speakers.map((speaker) => ({
        id: speaker.id,
        name: speaker.name,
        name_zh: speaker.nameZh,
        title: speaker.title,
        organisation: speaker.organisation,
        city: speaker.city,
        country: speaker.country,
        time_zone: speaker.timeZone,
      })),
    ),
    interpreters: table(
      "interpreters",
      event.people.interpreters.map((person) => ({
        id: person.id,
        name: person.name,
        a_languages: person.languages.a.join(" "),
        b_languages: person.languages.b.join(" "),
        c_languages: person.languages.c.join(" "),
        remote: person.remote ? "yes" : "no",
      })),
    ),
  };
}
