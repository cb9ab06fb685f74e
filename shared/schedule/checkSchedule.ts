import { DateTime } from "luxon";
import type { EventFile } from "../model/eventFile";
import { type ImportedSchedule, type ImportedSession, sessionOrigin } from "./importedSchedule";
import { instantMillis, localDate } from "./localTime";
import { type Origin, ProblemLog } from "./report";

const where = (origin: Origin) =>
  origin.line !== undefined ? `line ${origin.line}` : (origin.path ?? origin.file);

function someOf(ids: Iterable<string>, max = 8): string {
  const list = [...ids];
  return list.length > max ? `${list.slice(0, max).join(", ")} ...` : list.join(", ");
}

function duplicates(
  items: readonly { id: string; origin: Origin }[] | undefined,
  what: string,
  log: ProblemLog,
): void {
  const first = new Map<string, Origin>();
  for (const item of items ?? []) {
    const earlier = first.get(item.id);
    if (earlier)
      log.error(
        "duplicate-id",
        { ...item.origin, path: item.origin.path ?? "id" },
        `${what} id "${item.id}" is already used at ${where(earlier)}`,
        `give each ${what} its own id, or remove the repeated row`,
      );
    else first.set(item.id, item.origin);
  }
}

const clock = (instant: string, zone: string) =>
  DateTime.fromISO(instant, { zone }).toFormat("yyyy-MM-dd HH:mm");

/**
 * Checks every import makes, whatever its format: ids, references to rooms and speakers, times that end
 * before they start, clashes in a room, sessions across midnight. `base` is the event merged into.
 */
export function checkSchedule(schedule: ImportedSchedule, base: EventFile | undefined): ProblemLog {
  const log = new ProblemLog();
  duplicates(schedule.rooms, "room", log);
  duplicates(schedule.sessions, "session", log);
  duplicates(schedule.speakers, "speaker", log);
  duplicates(schedule.interpreters, "interpreter", log);

  const rooms = new Set([
    ...(schedule.rooms ?? []).map((r) => r.id),
    ...(base?.venue.rooms ?? []).map((r) => r.id),
  ]);
  const speakers = new Set([
    ...(schedule.speakers ?? []).map((s) => s.id),
    ...(base?.people.speakers ?? []).map((s) => s.id),
  ]);
  if (base) {
    const floors = base.venue.floors.map((f) => f.id);
    for (const room of schedule.rooms ?? [])
      if (room.floorId !== undefined && !floors.includes(room.floorId))
        log.error(
          "unknown-floor",
          { ...room.origin, path: room.origin.path ?? "floor_id" },
          `unknown floor "${room.floorId}"`,
          `use one of the event's floors (${floors.join(", ")}), or leave floor_id empty for the first`,
        );
  }
  const zone = schedule.timeZone ?? base?.event.timeZone ?? "UTC";
  const sessions = schedule.sessions ?? [];

  for (const session of sessions) {
    if (!rooms.has(session.roomId))
      log.error(
        "unknown-room",
        sessionOrigin(session, "roomId"),
        `unknown room "${session.roomId}"`,
        rooms.size > 0
          ? `use one of the rooms (${someOf(rooms)}) or add "${session.roomId}" to the rooms`
          : `add "${session.roomId}" to rooms.csv, or import --into an event that has it`,
      );
    for (const speaker of session.speakers ?? []) {
      if (!speakers.has(speaker.personId))
        log.error(
          "unknown-speaker",
          sessionOrigin(session, "speakers"),
          `unknown speaker "${speaker.personId}"`,
          `add "${speaker.personId}" to speakers.csv, or correct the id (speakers: ${someOf(speakers) || "none"})`,
        );
    }
    const start = instantMillis(session.start);
    const end = instantMillis(session.end);
    if (end <= start) {
      log.error(
        "end-before-start",
        sessionOrigin(session, "end"),
        `session "${session.id}" ends (${clock(session.end, zone)}) ${end === start ? "when" : "before"} it starts (${clock(session.start, zone)})`,
        "correct the end time or the duration",
      );
    } else if (
      // An exhibition open for several days is no surprise; a session across midnight may be one.
      session.kind !== "exhibition" &&
      localDate(session.start, zone) !== localDate(new Date(end - 1).toISOString(), zone)
    ) {
      log.warning(
        "past-midnight",
        sessionOrigin(session, "end"),
        `session "${session.id}" runs past midnight (${clock(session.start, zone)} to ${clock(session.end, zone)}); it keeps its true dates`,
        "nothing to do if that is right; the timeline shows it on both days",
      );
    }
  }
  overlaps(sessions, zone, log);
  return log;
}

/** Sessions that share a room at the same time; each clash is reported once, at the later session. */
function overlaps(sessions: readonly ImportedSession[], zone: string, log: ProblemLog): void {
  const byRoom = new Map<string, ImportedSession[]>();
  for (const session of sessions) {
    if (instantMillis(session.end) <= instantMillis(session.start)) continue; // reported above
    byRoom.set(session.roomId, [...(byRoom.get(session.roomId) ?? []), session]);
  }
  for (const lane of byRoom.values()) {
    lane.sort((a, b) => instantMillis(a.start) - instantMillis(b.start));
    let latest: ImportedSession | undefined;
    for (const session of lane) {
      if (latest && instantMillis(session.start) < instantMillis(latest.end)) {
        log.error(
          "overlap",
          sessionOrigin(session, "start"),
          `session "${session.id}" (${clock(session.start, zone)}) overlaps "${latest.id}" (${where(latest.origin)}, ` +
            `${clock(latest.start, zone)} to ${clock(latest.end, zone)}) in room "${session.roomId}"`,
          "move one of them to another time or room",
        );
      }
      if (!latest || instantMillis(session.end) > instantMillis(latest.end)) latest = session;
    }
  }
}
