import { DateTime } from "luxon";
import type { Session, SessionSpeaker } from "../../../shared/model/programme";

/** The edit dialog's fields: venue-local date and time (the event's zone), room, languages, speakers. */
export interface SessionDraft {
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  roomId: string;
  /** ISO 639-1 codes separated by spaces, floor language first (`zh en`), as in sessions.csv. */
  languages: string;
  speakers: SessionSpeaker[];
}

/** What session.edit carries besides the session id: only the fields that change. */
export interface SessionPatch {
  start?: string;
  end?: string;
  roomId?: string;
  languages?: string[];
  speakers?: SessionSpeaker[];
}

export type DraftField = "start" | "end" | "roomId" | "languages" | "speakers";

/** Why a draft cannot be sent; `code` is the key under programme.edit.errors. */
export type DraftError =
  | { field: "start" | "end"; code: "badTime" | "noSuchTime" }
  | { field: "end"; code: "endBeforeStart" }
  | { field: "roomId"; code: "unknownRoom" }
  | { field: "languages"; code: "noLanguage" }
  | { field: "languages"; code: "unknownLanguage"; value: string }
  | { field: "languages"; code: "repeatedLanguage"; value: string }
  | { field: "speakers"; code: "repeatedSpeaker"; value: string }
  | { field: null; code: "noChange" };

export type DraftResult = { ok: true; patch: SessionPatch } | { ok: false; error: DraftError };

const local = (iso: string, zone: string) => DateTime.fromISO(iso, { setZone: true }).setZone(zone);

export function draftFromSession(session: Session, zone: string): SessionDraft {
  const start = local(session.start, zone);
  const end = local(session.end, zone);
  return {
    startDate: start.toFormat("yyyy-MM-dd"),
    startTime: start.toFormat("HH:mm"),
    endDate: end.toFormat("yyyy-MM-dd"),
    endTime: end.toFormat("HH:mm"),
    roomId: session.roomId,
    languages: session.languages.join(" "),
    speakers: session.speakers.map((s) => ({ ...s })),
  };
}

/**
 * A venue-local date and time as an instant in the venue's zone (`2021-11-12T10:00:00+08:00`), or why
 * not: not a time at all, or a time the clocks skip when they go forward.
 */
export function venueInstant(date: string, time: string, zone: string): string | "badTime" | "noSuchTime" {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{1,2}:\d{2}$/.test(time.trim())) return "badTime";
  const [hours = "", minutes = ""] = time.trim().split(":");
  const text = `${date}T${hours.padStart(2, "0")}:${minutes}`;
  const parsed = DateTime.fromISO(text, { zone });
  if (!parsed.isValid) return "badTime";
  // Luxon moves a skipped local time forward; the operator meant a time that does not exist there.
  if (parsed.toFormat("yyyy-MM-dd'T'HH:mm") !== text) return "noSuchTime";
  return parsed.toISO({ suppressMilliseconds: true }) ?? "badTime";
}

/** Moves start and end by whole minutes, keeping the length (the "−15 / +15 min" buttons). */
export function shiftDraft(draft: SessionDraft, minutes: number, zone: string): SessionDraft {
  const move = (date: string, time: string) => {
    const instant = venueInstant(date, time, zone);
    if (instant === "badTime" || instant === "noSuchTime") return { date, time };
    const moved = local(instant, zone).plus({ minutes });
    return { date: moved.toFormat("yyyy-MM-dd"), time: moved.toFormat("HH:mm") };
  };
  const start = move(draft.startDate, draft.startTime);
  const end = move(draft.endDate, draft.endTime);
  return { ...draft, startDate: start.date, startTime: start.time, endDate: end.date, endTime: end.time };
}

const sameInstant = (a: string, b: string) => Date.parse(a) === Date.parse(b);

/**
 * Checks a draft as far as the console can (the hub checks the rest against the whole programme: room
 * clashes, a speaker in two places) and gives the session.edit fields that differ from the session.
 */
export function editFromDraft(
  session: Session,
  draft: SessionDraft,
  context: { zone: string; roomIds: readonly string[]; languageCodes: readonly string[] },
): DraftResult {
  const start = venueInstant(draft.startDate, draft.startTime, context.zone);
  if (start === "badTime" || start === "noSuchTime")
    return { ok: false, error: { field: "start", code: start } };
  const end = venueInstant(draft.endDate, draft.endTime, context.zone);
  if (end === "badTime" || end === "noSuchTime") return { ok: false, error: { field: "end", code: end } };
  if (Date.parse(end) <= Date.parse(start))
    return { ok: false, error: { field: "end", code: "endBeforeStart" } };
  if (!context.roomIds.includes(draft.roomId))
    return { ok: false, error: { field: "roomId", code: "unknownRoom" } };

  const languages = draft.languages
    .trim()
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter(Boolean);
  if (languages.length === 0) return { ok: false, error: { field: "languages", code: "noLanguage" } };
  const unknown = languages.find((code) => !context.languageCodes.includes(code));
  if (unknown) return { ok: false, error: { field: "languages", code: "unknownLanguage", value: unknown } };
  const repeated = languages.find((code, i) => languages.indexOf(code) !== i);
  if (repeated)
    return { ok: false, error: { field: "languages", code: "repeatedLanguage", value: repeated } };

  const ids = draft.speakers.map((s) => s.personId);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) return { ok: false, error: { field: "speakers", code: "repeatedSpeaker", value: twice } };

  const patch: SessionPatch = {};
  if (!sameInstant(start, session.start)) patch.start = start;
  if (!sameInstant(end, session.end)) patch.end = end;
  if (draft.roomId !== session.roomId) patch.roomId = draft.roomId;
  if (languages.join(" ") !== session.languages.join(" ")) patch.languages = languages;
  if (JSON.stringify(draft.speakers) !== JSON.stringify(session.speakers)) patch.speakers = draft.speakers;
  if (Object.keys(patch).length === 0) return { ok: false, error: { field: null, code: "noChange" } };
  return { ok: true, patch };
}
