import type { LiveState, SessionLive } from "../live/liveState";
import type { Cue } from "../model/cues";
import type { JournalEvent } from "./journalEvents";

export function newSession(cues: readonly Cue[]): SessionLive {
  return {
    status: "scheduled",
    actualStart: null,
    actualEnd: null,
    holds: [],
    cancelReason: null,
    shortenMinutes: 0,
    cues: [...cues],
    standbyCueId: null,
    called: [],
  };
}

function updateSession(
  state: LiveState,
  sessionId: string,
  change: (s: SessionLive) => SessionLive,
): LiveState {
  const session = state.sessions[sessionId];
  if (!session) return state;
  return { ...state, sessions: { ...state.sessions, [sessionId]: change(session) } };
}

type StatusChanged = Extract<JournalEvent, { type: "session.statusChanged" }>;

/** Records actual times and holds in venue time as the session moves through its lifecycle. */
function changeStatus(session: SessionLive, event: StatusChanged): SessionLive {
  const next: SessionLive = { ...session, status: event.to };
  if (event.to === "live" && session.actualStart === null) next.actualStart = event.venueTime;
  if (event.to === "hold")
    next.holds = [...session.holds, { start: event.venueTime, end: null, reason: event.reason ?? "" }];
  if (event.from === "hold")
    next.holds = session.holds.map((h) => (h.end === null ? { ...h, end: event.venueTime } : h));
  if (event.to === "ended") next.actualEnd = event.venueTime;
  if (event.to === "cancelled") next.cancelReason = event.reason ?? null;
  return next;
}

export type SessionJournalEvent = Exclude<
  Extract<JournalEvent, { type: `session.${string}` | `cue.${string}` }>,
  { type: "session.edited" }
>;

export function reduceSession(state: LiveState, event: SessionJournalEvent): LiveState {
  switch (event.type) {
    case "session.statusChanged":
      return updateSession(state, event.sessionId, (s) => changeStatus(s, event));
    case "session.shortened":
      return updateSession(state, event.sessionId, (s) => ({ ...s, shortenMinutes: event.minutes }));
    case "cue.saved":
      return updateSession(state, event.sessionId, (s) => {
        const others = s.cues.filter((c) => c.id !== event.cue.id);
        const cues = [...others.slice(0, event.index), event.cue, ...others.slice(event.index)];
        return { ...s, cues };
      });
    case "cue.removed":
      return updateSession(state, event.sessionId, (s) => ({
        ...s,
        cues: s.cues.filter((c) => c.id !== event.cueId),
        standbyCueId: s.standbyCueId === event.cueId ? null : s.standbyCueId,
      }));
    case "cue.standby":
      return updateSession(state, event.sessionId, (s) => ({ ...s, standbyCueId: event.cueId }));
    case "cue.go":
      return updateSession(state, event.sessionId, (s) => ({
        ...s,
        standbyCueId: s.standbyCueId === event.cueId ? null : s.standbyCueId,
        called: [...s.called, { cueId: event.cueId, at: event.venueTime, by: event.actor.operator }],
      }));
  }
}
