import { DateTime, IANAZone } from "luxon";
import type { z } from "zod";
import { EventFile } from "../model/eventFile";
import { FLOOR_SOURCE } from "../model/interpretation";
import { formatPath, type Problem } from "./problems";

export type EventFileResult =
  | { ok: true; event: EventFile; problems: Problem[] }
  | { ok: false; problems: Problem[] };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function schemaProblems(input: unknown, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const value = valueAt(input, issue.path);
    return {
      severity: "error" as const,
      path: formatPath(issue.path),
      message: issue.message,
      ...(value !== undefined && typeof value !== "object" ? { value } : {}),
    };
  });
}

/**
 * Checks an event file in two passes: its shape (zod), then the references and rules that a schema
 * cannot express (unknown rooms, clashes, times outside the event). Returns every problem, not the first.
 */
export function validateEventFile(input: unknown): EventFileResult {
  const parsed = EventFile.safeParse(input);
  if (!parsed.success) return { ok: false, problems: schemaProblems(input, parsed.error) };
  const problems = crossCheck(parsed.data);
  const ok = !problems.some((p) => p.severity === "error");
  return ok ? { ok: true, event: parsed.data, problems } : { ok: false, problems };
}

function duplicateIds(
  items: readonly { id: string }[],
  collection: string,
  problems: Problem[],
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      problems.push({
        severity: "error",
        path: `${collection}[${index}].id`,
        message: "duplicate id",
        value: item.id,
      });
    }
    seen.add(item.id);
  });
  return seen;
}

function crossCheck(file: EventFile): Problem[] {
  const problems: Problem[] = [];
  const error = (path: string, message: string, value?: unknown) =>
    problems.push({ severity: "error", path, message, ...(value === undefined ? {} : { value }) });

  const zone = file.event.timeZone;
  if (!IANAZone.isValidZone(zone)) error("event.timeZone", "unknown IANA time zone", zone);

  const floorIds = duplicateIds(file.venue.floors, "venue.floors", problems);
  const roomIds = duplicateIds(file.venue.rooms, "venue.rooms", problems);
  const boothIds = duplicateIds(file.booths, "booths", problems);
  duplicateIds(file.sessions, "sessions", problems);
  duplicateIds(file.devices, "devices", problems);
  const speakerIds = duplicateIds(file.people.speakers, "people.speakers", problems);
  duplicateIds(file.people.interpreters, "people.interpreters", problems);
  const languageCodes = new Set(file.languages.map((l) => l.code));

  file.event.days.forEach((day, i) => {
    const previous = file.event.days[i - 1];
    if (previous !== undefined && day <= previous)
      error(`event.days[${i}]`, "days must be in order, without repeats", day);
  });

  file.venue.rooms.forEach((room, i) => {
    if (!floorIds.has(room.floorId)) error(`venue.rooms[${i}].floorId`, "unknown floor", room.floorId);
  });

  file.booths.forEach((booth, i) => {
    if (!roomIds.has(booth.roomId)) error(`booths[${i}].roomId`, "unknown room", booth.roomId);
    if (!languageCodes.has(booth.language))
      error(`booths[${i}].language`, "language not declared in languages", booth.language);
  });
  const channels = new Map<string, number>();
  file.booths.forEach((booth, i) => {
    const key = `${booth.roomId}#${booth.outputChannel}`;
    const other = channels.get(key);
    if (other !== undefined)
      error(
        `booths[${i}].outputChannel`,
        `channel already used by booths[${other}] in the same room`,
        booth.outputChannel,
      );
    else channels.set(key, i);
  });

  file.people.speakers.forEach((speaker, i) => {
    if (!IANAZone.isValidZone(speaker.timeZone))
      error(`people.speakers[${i}].timeZone`, "unknown IANA time zone", speaker.timeZone);
  });

  const firstDay = file.event.days[0];
  const lastDay = file.event.days.at(-1);
  const eventStart = firstDay ? DateTime.fromISO(firstDay, { zone }).startOf("day") : undefined;
  const eventEnd = lastDay ? DateTime.fromISO(lastDay, { zone }).endOf("day") : undefined;

  const byRoom = new Map<string, { index: number; start: number; end: number }[]>();
  file.sessions.forEach((session, i) => {
    const at = `sessions[${i}]`;
    if (!roomIds.has(session.roomId)) error(`${at}.roomId`, "unknown room", session.roomId);
    const start = DateTime.fromISO(session.start, { setZone: true });
    const end = DateTime.fromISO(session.end, { setZone: true });
    if (end <= start) error(`${at}.end`, `must be after start (${session.start})`, session.end);
    if (eventStart && eventEnd && (start < eventStart || end > eventEnd)) {
      error(`${at}.start`, `outside the event's days (${firstDay} to ${lastDay}, ${zone})`, session.start);
    }
    session.languages.forEach((code, j) => {
      if (!languageCodes.has(code))
        error(`${at}.languages[${j}]`, "language not declared in languages", code);
    });
    session.speakers.forEach((speaker, j) => {
      if (!speakerIds.has(speaker.personId))
        error(`${at}.speakers[${j}].personId`, "unknown speaker", speaker.personId);
    });
    const lane = byRoom.get(session.roomId) ?? [];
    lane.push({ index: i, start: start.toMillis(), end: end.toMillis() });
    byRoom.set(session.roomId, lane);
  });
  for (const lane of byRoom.values()) {
    lane.sort((a, b) => a.start - b.start);
    for (let k = 1; k < lane.length; k++) {
      const prev = lane[k - 1];
      const cur = lane[k];
      if (prev && cur && cur.start < prev.end) {
        error(
          `sessions[${cur.index}].start`,
          `overlaps sessions[${prev.index}] in the same room`,
          file.sessions[cur.index]?.start,
        );
      }
    }
  }

  checkAssignments(file, error);

  file.devices.forEach((device, i) => {
    const at = `devices[${i}]`;
    if (device.roomId === undefined && device.boothId === undefined)
      error(at, "a device needs a roomId or a boothId");
    if (device.roomId !== undefined && device.boothId !== undefined)
      error(at, "a device sits in a room or a booth, not both");
    if (device.roomId !== undefined && !roomIds.has(device.roomId))
      error(`${at}.roomId`, "unknown room", device.roomId);
    if (device.boothId !== undefined && !boothIds.has(device.boothId))
      error(`${at}.boothId`, "unknown booth", device.boothId);
    if (device.kind === "booth-console" && device.boothId === undefined)
      error(`${at}.boothId`, "a booth-console belongs to a booth");
    if (device.obs !== undefined && device.kind !== "encoder") {
      error(`${at}.obs`, "only an encoder can be an OBS Studio instance");
    }
  });

  return problems;
}

type ReportError = (path: string, message: string, value?: unknown) => void;

/** Each booth of a session has one team, from interpreters who work into its language, on a source in its room. */
function checkAssignments(file: EventFile, error: ReportError): void {
  const sessions = new Map(file.sessions.map((s) => [s.id, s]));
  const booths = new Map(file.booths.map((b) => [b.id, b]));
  const interpreters = new Map(file.people.interpreters.map((p) => [p.id, p]));
  const rooms = new Set(file.venue.rooms.map((r) => r.id));
  const languages = new Set(file.languages.map((l) => l.code));
  const seen = new Map<string, number>();
  file.assignments.forEach((assignment, i) => {
    const at = `assignments[${i}]`;
    const session = sessions.get(assignment.sessionId);
    const booth = booths.get(assignment.boothId);
    if (!session) error(`${at}.sessionId`, "unknown session", assignment.sessionId);
    if (!booth) error(`${at}.boothId`, "unknown booth", assignment.boothId);
    const key = `${assignment.sessionId}|${assignment.boothId}`;
    const other = seen.get(key);
    if (other !== undefined)
      error(`${at}.boothId`, `booth already assigned for this session in assignments[${other}]`);
    else seen.set(key, i);
    // Only what the assignment itself gets wrong: a broken session or booth is reported once, where it is.
    if (!session || !booth) return;
    if (booth.roomId !== session.roomId && rooms.has(session.roomId))
      error(
        `${at}.boothId`,
        `booth is in room "${booth.roomId}", the session in "${session.roomId}"`,
        booth.id,
      );
    assignment.interpreterIds.forEach((id, j) => {
      const person = interpreters.get(id);
      if (!person) error(`${at}.interpreterIds[${j}]`, "unknown interpreter", id);
      else if (
        languages.has(booth.language) &&
        !person.languages.a.includes(booth.language) &&
        !person.languages.b.includes(booth.language)
      )
        error(`${at}.interpreterIds[${j}]`, `does not work into "${booth.language}" (A or B language)`, id);
      if (assignment.interpreterIds.indexOf(id) !== j)
        error(`${at}.interpreterIds[${j}]`, "listed twice", id);
    });
    const source = assignment.relaySource;
    if (source !== FLOOR_SOURCE) {
      const pivot = booths.get(source);
      if (!pivot || pivot.roomId !== booth.roomId || pivot.id === booth.id)
        error(`${at}.relaySource`, `must be "floor" or another booth in room "${booth.roomId}"`, source);
    }
  });
}
