import { emptyLiveState, type LiveState } from "../live/liveState";
import type { SessionStatus } from "../live/vocabulary";
import type { Speaker } from "../model/people";
import type { Session } from "../model/programme";
import type { ReadinessSettings } from "../model/readiness";
import { type ExpectedTimes, expectedTimes } from "../views/expectedTimes";
import { normalizeForSearch } from "../views/speakerSearch";
import { type LocalTime, localTimeIn } from "./localTime";
import {
  type ReadinessStatus,
  type SessionReadiness,
  type SpeakerReadiness,
  sessionReadiness,
} from "./readiness";

/** What the readiness views read of the live state; a console selects just these to re-render less. */
export type ReadinessParts = Pick<LiveState, "event" | "sessions" | "readiness">;

/**
 * Readiness is a question for sessions still to start, as the hub's alert rules see it: once a session is
 * live, ended or cancelled (or its whole slot passed unstarted after a jump of the clock) a go/no-go
 * would only be noise.
 */
const WATCHED: ReadonlySet<SessionStatus> = new Set(["scheduled", "standby"]);

export function isReadinessWatched(session: Session, status: SessionStatus, nowMs: number): boolean {
  return session.speakers.length > 0 && WATCHED.has(status) && Date.parse(session.end) > nowMs;
}

export interface SessionGoNoGo {
  sessionId: string;
  /** Ready, at risk or not ready; null when the session is not watched (see isReadinessWatched). */
  status: ReadinessStatus | null;
  readiness: SessionReadiness;
  /**
   * The start the deadlines count back from, venue milliseconds: the expected one (a delay moves every
   * deadline with it), the actual one once started, the planned one for a session that will not start.
   */
  startMs: number;
  readyCount: number;
  speakerCount: number;
}

// sessionReadiness reads only the event and the checks; the rest of a live state is never consulted.
const asLiveState = (parts: ReadinessParts): LiveState => ({ ...emptyLiveState(), ...parts });

function goNoGoOf(
  state: LiveState,
  session: Session,
  expected: Record<string, ExpectedTimes>,
  nowMs: number,
): SessionGoNoGo {
  const live = state.sessions[session.id];
  const watched = isReadinessWatched(session, live?.status ?? "scheduled", nowMs);
  const plannedMs = Date.parse(session.start);
  // One that will not start as planned any more (cancelled, or its slot passed unstarted) keeps its planned
  // start: the expected start of a session the clock jumped past is "now", which means nothing here.
  const startMs = watched || live?.actualStart ? (expected[session.id]?.start ?? plannedMs) : plannedMs;
  const readiness = sessionReadiness(state, session, startMs, nowMs);
  return {
    sessionId: session.id,
    status: watched ? readiness.status : null,
    readiness,
    startMs,
    readyCount: readiness.speakers.filter((s) => s.status === "ready").length,
    speakerCount: readiness.speakers.length,
  };
}

/** The go/no-go of each session given, against its expected start; empty without an event. */
export function goNoGoBySession(
  parts: ReadinessParts,
  sessions: readonly Session[],
  nowMs: number,
): Record<string, SessionGoNoGo> {
  if (!parts.event) return {};
  const state = asLiveState(parts);
  const expected = expectedTimes(parts.event, parts.sessions, nowMs);
  return Object.fromEntries(sessions.map((s) => [s.id, goNoGoOf(state, s, expected, nowMs)]));
}

export interface BoardFilter {
  /** Words that must all appear in the speaker's names (both scripts), city, organisation or session. */
  query: string;
  /** Only speakers still to get ready, in sessions still to start. */
  notReadyOnly: boolean;
}

export interface BoardSession {
  session: Session;
  goNoGo: SessionGoNoGo;
  /** The speakers that pass the filter, in the session's order. */
  speakers: SpeakerReadiness[];
}

const words = (query: string) => normalizeForSearch(query).split(/\s+/).filter(Boolean);

function sessionText(session: Session, parts: ReadinessParts): string {
  const room = parts.event?.venue.rooms.find((r) => r.id === session.roomId);
  return [session.id, ...Object.values(session.title), ...(room ? Object.values(room.name) : [])].join(" ");
}

const speakerText = (speaker: Speaker | undefined, personId: string) =>
  speaker ? [speaker.name, speaker.nameZh ?? "", speaker.city, speaker.organisation].join(" ") : personId;

/**
 * The speakers board for some sessions (a day's): those with speakers, in planned order, each with the
 * speakers that pass the filter; a session none of whose speakers pass is left out.
 */
export function speakerBoard(
  parts: ReadinessParts,
  sessions: readonly Session[],
  speakers: ReadonlyMap<string, Speaker>,
  nowMs: number,
  filter: BoardFilter,
): BoardSession[] {
  const wanted = words(filter.query);
  const withSpeakers = sessions
    .filter((s) => s.speakers.length > 0)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
  const goNoGo = goNoGoBySession(parts, withSpeakers, nowMs);
  const board: BoardSession[] = [];
  for (const session of withSpeakers) {
    const entry = goNoGo[session.id];
    if (!entry || (filter.notReadyOnly && entry.status === null)) continue;
    const ofSession = sessionText(session, parts);
    const shown = entry.readiness.speakers.filter((speaker) => {
      if (filter.notReadyOnly && speaker.status === "ready") return false;
      if (wanted.length === 0) return true;
      const text = normalizeForSearch(
        `${speakerText(speakers.get(speaker.personId), speaker.personId)} ${ofSession}`,
      );
      return wanted.every((word) => text.includes(word));
    });
    if (shown.length > 0) board.push({ session, goNoGo: entry, speakers: shown });
  }
  return board;
}

/** How many watched sessions of a board are ready, at risk and not ready. */
export function countByReadiness(board: readonly BoardSession[]): Record<ReadinessStatus, number> {
  const counts: Record<ReadinessStatus, number> = { ready: 0, "at-risk": 0, "not-ready": 0 };
  for (const { goNoGo } of board) if (goNoGo.status) counts[goNoGo.status] += 1;
  return counts;
}

export interface RemoteClock {
  now: LocalTime;
  /** Their clock when the slot starts (the expected start). */
  atStart: LocalTime;
}

/** A remote speaker's clock now and at the start of their slot, with the night flags. */
export function remoteClock(
  timeZone: string,
  nowMs: number,
  startMs: number,
  settings: Pick<ReadinessSettings, "nightStartHour" | "nightEndHour">,
): RemoteClock {
  return { now: localTimeIn(timeZone, nowMs, settings), atStart: localTimeIn(timeZone, startMs, settings) };
}
