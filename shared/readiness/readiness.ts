import { type CheckLive, type LiveState, readinessKey } from "../live/liveState";
import type { Session, SessionSpeaker } from "../model/programme";
import { READINESS_ITEMS, type ReadinessItem, type ReadinessSettings } from "../model/readiness";

/** Ready: everything done. At risk: something still to do, nothing late yet. Not ready: something is late. */
export const READINESS_STATUSES = ["not-ready", "at-risk", "ready"] as const;
export type ReadinessStatus = (typeof READINESS_STATUSES)[number];

export interface ItemReadiness {
  item: ReadinessItem;
  done: boolean;
  check: CheckLive | null;
  /** Venue time by which it must be done. */
  dueMs: number;
  late: boolean;
  /** Slides loaded, then a newer version received: loaded no longer counts. */
  superseded: boolean;
}

export interface SpeakerReadiness {
  personId: string;
  role: SessionSpeaker["role"];
  mode: SessionSpeaker["mode"];
  status: ReadinessStatus;
  items: ItemReadiness[];
}

export interface SessionReadiness {
  sessionId: string;
  status: ReadinessStatus;
  speakers: SpeakerReadiness[];
}

/** Check-in and the remote tech check have their own deadlines; everything else is due by the ready time. */
export function itemDueMs(item: ReadinessItem, startMs: number, settings: ReadinessSettings): number {
  const minutes =
    item === "checked-in"
      ? settings.checkInMinutes
      : item === "link-tested"
        ? settings.techCheckMinutes
        : settings.readyMinutes;
  return startMs - minutes * 60_000;
}

/** The worst of several statuses; "ready" for none. */
export function worstReadiness(statuses: Iterable<ReadinessStatus>): ReadinessStatus {
  let worst: ReadinessStatus = "ready";
  for (const status of statuses) {
    if (READINESS_STATUSES.indexOf(status) < READINESS_STATUSES.indexOf(worst)) worst = status;
  }
  return worst;
}

/** True when the deck loaded is not the latest one received (a new version came after loading). */
export function slidesSuperseded(checks: Partial<Record<ReadinessItem, CheckLive>>): boolean {
  const received = checks["slides-received"];
  const loaded = checks["slides-loaded"];
  return (
    received?.done === true &&
    loaded?.done === true &&
    received.version !== loaded.version &&
    Date.parse(received.at) >= Date.parse(loaded.at)
  );
}

export function speakerReadiness(
  state: LiveState,
  session: Session,
  speaker: SessionSpeaker,
  startMs: number,
  nowMs: number,
): SpeakerReadiness {
  const settings = state.event?.readiness;
  const checks = state.readiness[readinessKey(session.id, speaker.personId)] ?? {};
  const superseded = slidesSuperseded(checks);
  const items = READINESS_ITEMS[speaker.mode].map((item): ItemReadiness => {
    const check = checks[item] ?? null;
    const stale = item === "slides-loaded" && superseded;
    const done = check?.done === true && !stale;
    const dueMs = settings ? itemDueMs(item, startMs, settings) : startMs;
    return { item, done, check, dueMs, late: !done && nowMs >= dueMs, superseded: stale };
  });
  const status: ReadinessStatus = items.every((i) => i.done)
    ? "ready"
    : items.some((i) => i.late)
      ? "not-ready"
      : "at-risk";
  return { personId: speaker.personId, role: speaker.role, mode: speaker.mode, status, items };
}

/** A session is as ready as its least ready speaker; one without speakers is ready. */
export function sessionReadiness(
  state: LiveState,
  session: Session,
  startMs: number,
  nowMs: number,
): SessionReadiness {
  const speakers = session.speakers.map((s) => speakerReadiness(state, session, s, startMs, nowMs));
  return { sessionId: session.id, status: worstReadiness(speakers.map((s) => s.status)), speakers };
}
