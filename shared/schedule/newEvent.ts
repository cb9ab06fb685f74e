import { DateTime } from "luxon";
import { EVENT_SCHEMA_VERSION, EventFile } from "../model/eventFile";
import type { ImportedConference, ImportedRoom, ImportedSession } from "./importedSchedule";
import { localDate } from "./localTime";
import { mergeText } from "./mergeText";
import { ProblemLog } from "./report";
import { placeholderFloor } from "./roomPlacement";
import { slugify } from "./slug";

/** Every date from the first session's to the last one's, as an event's days when the input lists none. */
function sessionDays(sessions: readonly ImportedSession[], zone: string): string[] {
  const dates = sessions.map((s) => localDate(s.start, zone)).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (first === undefined || last === undefined) return [];
  const days: string[] = [];
  for (let day = DateTime.fromISO(first); ; day = day.plus({ days: 1 })) {
    const date = day.toISODate();
    if (date === null || date > last) return days;
    days.push(date);
  }
}

/**
 * Every top-level field the schema fills in by itself (interpretation, readiness and other settings,
 * assignments), so that a setting added to the model needs no change here.
 */
function schemaDefaults(): Partial<EventFile> {
  return Object.fromEntries(
    Object.entries(EventFile.shape).flatMap(([key, schema]) => {
      const filled = schema.safeParse(undefined);
      return filled.success && filled.data !== undefined ? [[key, filled.data]] : [];
    }),
  );
}

/** One placeholder floor per floor the rooms name ("floor-1" when they name none). */
function placeholderFloors(rooms: readonly ImportedRoom[]) {
  const ids = [...new Set(rooms.map((r) => r.floorId ?? "floor-1"))];
  if (ids.length === 0) ids.push("floor-1");
  return ids.map((id, i) =>
    placeholderFloor(id, i + 1, rooms.filter((r) => (r.floorId ?? "floor-1") === id).length),
  );
}

/**
 * An empty event for an import that creates one: meta from the input, one placeholder floor, no rooms or
 * sessions yet (the merge adds them). What the input cannot say is filled in and reported.
 */
export function newEventSkeleton(
  conference: ImportedConference,
  zone: string,
  sessions: readonly ImportedSession[],
  rooms: readonly ImportedRoom[],
): { event: EventFile; log: ProblemLog } {
  const log = new ProblemLog();
  const at = conference.origin;
  const name = mergeText(conference.name ?? {}, undefined);
  const id = conference.id ?? (slugify(name.text.en) || "imported-event");
  if (!conference.name?.en && !conference.name?.zh) {
    name.text = { en: id, "zh-CN": id };
    log.warning(
      "placeholder",
      at,
      `the event has no name: "${id}" is used`,
      "give the event's name in the input",
    );
  } else if (name.borrowed)
    log.info(
      "missing-chinese",
      at,
      `the event's name is in one language only ("${name.text.en}"); it is used for both`,
      "add the other language in the event file (event.name)",
    );
  const organiser = conference.organiser ? mergeText(conference.organiser, undefined).text : undefined;
  if (!organiser)
    log.warning(
      "placeholder",
      at,
      'the input does not name the organiser: "unknown" is used',
      "set event.organiser in the event file (or organiser_en / organiser_zh in event.csv)",
    );
  const venueName = conference.venueName ? mergeText(conference.venueName, undefined).text : undefined;
  if (!venueName)
    log.warning(
      "placeholder",
      at,
      'the input has no venue or floor plan: a venue "Venue" with one placeholder floor is used',
      "set venue.name and draw venue.floors in the event file",
    );
  // Not parsed: a skeleton has no rooms or languages yet (the merge adds them, then validation checks all).
  const event = {
    ...schemaDefaults(),
    schemaVersion: EVENT_SCHEMA_VERSION,
    event: {
      id,
      name: name.text,
      organiser: organiser ?? { en: "unknown", "zh-CN": "未知" },
      timeZone: zone,
      days: conference.days.length > 0 ? [...conference.days] : sessionDays(sessions, zone),
      illustrative: false,
    },
    venue: {
      name: venueName ?? { en: "Venue", "zh-CN": "会场" },
      floors: placeholderFloors(rooms),
      rooms: [],
    },
    languages: [],
    booths: [],
    sessions: [],
    people: { speakers: [], interpreters: [] },
    devices: [],
  } as EventFile;
  return { event, log };
}
