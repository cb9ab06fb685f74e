import type { EventFile } from "../model/eventFile";
import type { ImportedSchedule } from "./importedSchedule";
import { languageName } from "./languages";
import { instantMillis, localDate } from "./localTime";
import { MergeContext, type MergeResult } from "./mergeContext";
import { mergeInterpreters, mergeSpeakers } from "./mergePeople";
import { mergeRooms } from "./mergeRooms";
import { mergeSessions } from "./mergeSessions";

export type { ChangedEntity, EntityRef, MergeCollection, MergeResult } from "./mergeContext";
export { SPEAKER_PLACEHOLDER } from "./mergePeople";

/**
 * Merges an imported schedule into an event by id: rooms, sessions, speakers and interpreters the import
 * carries are added or updated (only the fields it carries), sessions it does not list are removed, and
 * everything else (floors, polygons, booths, devices, cues, readiness and interpretation settings) is
 * kept. Pure: `base` is not modified. The result says what was added, changed and removed.
 */
export function mergeEvent(
  base: EventFile,
  schedule: ImportedSchedule,
  options: { eventLabel?: string } = {},
): MergeResult {
  const merge = new MergeContext(
    JSON.parse(JSON.stringify(base)) as EventFile,
    options.eventLabel ?? "event",
  );
  if (schedule.rooms) mergeRooms(merge, schedule.rooms);
  if (schedule.speakers) mergeSpeakers(merge, schedule.speakers);
  if (schedule.interpreters) mergeInterpreters(merge, schedule.interpreters);
  if (schedule.sessions) mergeSessions(merge, schedule.sessions);
  declareLanguages(merge);
  extendDays(merge);
  return merge.result();
}

/** Every language a session or interpreter uses is declared, with its name in both console languages. */
function declareLanguages(merge: MergeContext): void {
  const { event } = merge;
  const used = [
    ...event.sessions.flatMap((s) => s.languages),
    ...event.people.interpreters.flatMap((p) => [...p.languages.a, ...p.languages.b, ...p.languages.c]),
  ];
  const declared = new Set(event.languages.map((l) => l.code));
  for (const code of used) {
    if (declared.has(code)) continue;
    declared.add(code);
    event.languages.push({ code, name: languageName(code) });
    merge.added.push({ collection: "languages", id: code });
  }
}

/** The event's days cover every session's venue-local dates, including sessions after midnight. */
function extendDays(merge: MergeContext): void {
  const { event, notes } = merge;
  const zone = event.event.timeZone;
  const needed = new Set(event.event.days);
  const fromSessions: string[] = [];
  for (const session of event.sessions) {
    const last = new Date(instantMillis(session.end) - 1).toISOString();
    for (const date of [localDate(session.start, zone), localDate(last, zone)]) {
      if (!needed.has(date)) fromSessions.push(date);
      needed.add(date);
    }
  }
  const days = [...needed].filter((d) => d !== "").sort();
  if (fromSessions.length > 0)
    notes.log.info(
      "days-extended",
      { file: merge.eventLabel, path: "event.days" },
      `added ${[...new Set(fromSessions)].join(", ")} to the event's days: sessions run into ${fromSessions.length === 1 ? "it" : "them"}`,
      "nothing to do if the sessions' times are right",
    );
  if (JSON.stringify(days) !== JSON.stringify(event.event.days)) {
    merge.changed.push({ collection: "event", id: event.event.id, fields: ["days"] });
    event.event.days = days;
  }
}
