import type { SessionLive } from "../live/liveState";
import type { SessionStatus } from "../live/vocabulary";
import { CUE_DEPARTMENTS, CUE_TYPES, Cue } from "../model/cues";
import type { Session } from "../model/programme";

/** Statuses in which a session is running or about to: the stage manager's "current" session. */
const ACTIVE: readonly SessionStatus[] = ["live", "hold", "standby"];
const FINISHED: readonly SessionStatus[] = ["ended", "cancelled"];

/**
 * The session a stage manager drives: one that is live, on hold or standing by wins; otherwise the
 * first of the day (in time order) that has not ended or been cancelled. Null when the day is done.
 */
export function currentSessionId(
  daySessions: readonly Pick<Session, "id">[],
  live: Readonly<Record<string, Pick<SessionLive, "status"> | undefined>>,
): string | null {
  const statusOf = (id: string): SessionStatus => live[id]?.status ?? "scheduled";
  const active = daySessions.find((s) => ACTIVE.includes(statusOf(s.id)));
  if (active) return active.id;
  return daySessions.find((s) => !FINISHED.includes(statusOf(s.id)))?.id ?? null;
}

/** "+12 min", "−5 min", or null when on time: the text the timeline and the room view show. */
export function formatDelay(delayMin: number): string | null {
  if (delayMin === 0) return null;
  return delayMin > 0 ? `+${delayMin} min` : `−${-delayMin} min`;
}

export interface SessionClock {
  /** Since the actual start, holds included (null before the start). */
  elapsedMs: number | null;
  /** Until the expected end (negative once past it). */
  remainingMs: number;
  /** Past the planned end, or 0. */
  overrunMs: number;
}

/** The three timers of the current session at one venue instant. */
export function sessionClock(
  live: Pick<SessionLive, "actualStart" | "actualEnd"> | undefined,
  expected: { end: number },
  plannedEndMs: number,
  nowMs: number,
): SessionClock {
  const started = live?.actualStart ? Date.parse(live.actualStart) : null;
  const until = live?.actualEnd ? Date.parse(live.actualEnd) : nowMs;
  return {
    elapsedMs: started === null ? null : Math.max(0, until - started),
    remainingMs: expected.end - until,
    overrunMs: Math.max(0, until - plannedEndMs),
  };
}

/** A cue as typed in the inline form: every field a string. */
export interface CueDraft {
  number: string;
  department: string;
  type: string;
  action: string;
  notes: string;
  offsetMin: string;
}

export type CueDraftResult = { ok: true; cue: Cue } | { ok: false; field: keyof CueDraft; message: string };

const FIELD_ORDER: readonly (keyof CueDraft)[] = [
  "number",
  "department",
  "type",
  "action",
  "notes",
  "offsetMin",
];

/**
 * Checks a draft with the same schema the hub uses, so the form refuses exactly what the hub would,
 * and names the first wrong field.
 */
export function parseCueDraft(draft: CueDraft, id: string): CueDraftResult {
  const offset = draft.offsetMin.trim();
  const notes = draft.notes.trim();
  const candidate = {
    id,
    number: draft.number.trim(),
    department: draft.department,
    type: draft.type,
    action: draft.action.trim(),
    ...(notes ? { notes } : {}),
    ...(offset ? { offsetMin: Number(offset) } : {}),
  };
  const parsed = Cue.safeParse(candidate);
  if (parsed.success) return { ok: true, cue: parsed.data };
  const issue = [...parsed.error.issues].sort(
    (a, b) =>
      FIELD_ORDER.indexOf(a.path[0] as keyof CueDraft) - FIELD_ORDER.indexOf(b.path[0] as keyof CueDraft),
  )[0];
  const field = (issue?.path[0] as keyof CueDraft | undefined) ?? "number";
  return { ok: false, field: FIELD_ORDER.includes(field) ? field : "number", message: issue?.message ?? "" };
}

export const EMPTY_CUE_DRAFT: CueDraft = {
  number: "",
  department: CUE_DEPARTMENTS[0],
  type: CUE_TYPES[1],
  action: "",
  notes: "",
  offsetMin: "",
};

export function cueToDraft(cue: Cue): CueDraft {
  return {
    number: cue.number,
    department: cue.department,
    type: cue.type,
    action: cue.action,
    notes: cue.notes ?? "",
    offsetMin: cue.offsetMin === undefined ? "" : String(cue.offsetMin),
  };
}

/** The number after the highest one in the list, for a new cue ("1" on an empty list). */
export function nextCueNumber(cues: readonly Pick<Cue, "number">[]): string {
  const highest = cues.reduce((max, c) => Math.max(max, Math.floor(Number(c.number))), 0);
  return String(highest + 1);
}

/**
 * Whether a session's delay is worth showing: once it started (late or early), or while it can still
 * start (planned today or later). A session of a past day that nobody started is not "delayed", and
 * badging it would bury the delays that matter.
 */
export function delayToShow(
  delayMin: number,
  live: Pick<SessionLive, "actualStart"> | undefined,
  plannedStartMs: number,
  todayStartMs: number,
): number {
  if (delayMin === 0) return 0;
  return live?.actualStart || plannedStartMs >= todayStartMs ? delayMin : 0;
}
