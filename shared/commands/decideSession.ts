import { venueNowMs } from "../live/clock";
import type { LiveState, SessionLive } from "../live/liveState";
import { SESSION_TRANSITIONS } from "../live/sessionTransitions";
import type { SessionStatus } from "../live/vocabulary";
import type { Command } from "./commands";
import { accept, type Decision, refuse } from "./decision";

type SessionCommand = Exclude<
  Extract<Command, { type: `session.${string}` | `cue.${string}` }>,
  { type: "session.edit" | "session.undoEdit" }
>;

const TARGET: Partial<Record<SessionCommand["type"], SessionStatus>> = {
  "session.standby": "standby",
  "session.start": "live",
  "session.hold": "hold",
  "session.resume": "live",
  "session.end": "ended",
  "session.cancel": "cancelled",
};

/** Resume only leaves a hold; start only enters live from before it. Same target, different meaning. */
const FROM: Partial<Record<SessionCommand["type"], readonly SessionStatus[]>> = {
  "session.start": ["scheduled", "standby"],
  "session.resume": ["hold"],
};

function move(
  state: LiveState,
  command: SessionCommand,
  session: SessionLive,
  to: SessionStatus,
  wallMs: number,
): Decision {
  const from = session.status;
  // Asking for the state a session is already in changes nothing (two consoles pressing at once).
  if (from === to && command.type !== "session.resume") return accept();
  const sources = FROM[command.type];
  const allowed = (sources === undefined || sources.includes(from)) && SESSION_TRANSITIONS[from].includes(to);
  if (!allowed) {
    const next = SESSION_TRANSITIONS[from];
    return refuse({
      code: "refused",
      message: `session "${command.sessionId}" is ${from}: it cannot ${command.type.slice("session.".length)}; from ${from} it can go to ${next.length > 0 ? next.join(", ") : "nothing (final)"}`,
    });
  }
  const venueTime = new Date(venueNowMs(state.clock, wallMs)).toISOString();
  const reason = "reason" in command ? command.reason : undefined;
  return accept({
    type: "session.statusChanged",
    sessionId: command.sessionId,
    from,
    to,
    venueTime,
    ...(reason === undefined ? {} : { reason }),
  });
}

/** The next cue not called yet, in run-of-show order. */
function nextCue(session: SessionLive) {
  const called = new Set(session.called.map((c) => c.cueId));
  return session.cues.find((cue) => !called.has(cue.id));
}

export function decideSession(state: LiveState, command: SessionCommand, wallMs: number): Decision {
  const session = state.sessions[command.sessionId];
  if (!session)
    return refuse({
      code: "not_found",
      field: "sessionId",
      message: `unknown session "${command.sessionId}"`,
    });
  const target = TARGET[command.type];
  if (target) return move(state, command, session, target, wallMs);
  const venueTime = new Date(venueNowMs(state.clock, wallMs)).toISOString();
  switch (command.type) {
    case "session.shorten": {
      const planned = state.event?.sessions.find((s) => s.id === command.sessionId);
      const length = planned ? (Date.parse(planned.end) - Date.parse(planned.start)) / 60_000 : 0;
      if (command.minutes > length - 5) {
        return refuse({
          code: "invalid",
          field: "minutes",
          message: `a ${length}-minute session can be shortened by ${Math.max(0, length - 5)} minutes at most`,
        });
      }
      return accept({ type: "session.shortened", sessionId: command.sessionId, minutes: command.minutes });
    }
    case "cue.save": {
      const index = Math.min(
        command.index ?? session.cues.findIndex((c) => c.id === command.cue.id),
        session.cues.length,
      );
      return accept({
        type: "cue.saved",
        sessionId: command.sessionId,
        cue: command.cue,
        index: index < 0 ? session.cues.length : index,
      });
    }
    case "cue.remove":
      if (!session.cues.some((c) => c.id === command.cueId)) {
        return refuse({
          code: "not_found",
          field: "cueId",
          message: `session "${command.sessionId}" has no cue "${command.cueId}"`,
        });
      }
      return accept({ type: "cue.removed", sessionId: command.sessionId, cueId: command.cueId });
    case "cue.standby": {
      const cue = nextCue(session);
      if (!cue)
        return refuse({
          code: "refused",
          message: `every cue of session "${command.sessionId}" has been called`,
        });
      return accept({ type: "cue.standby", sessionId: command.sessionId, cueId: cue.id, venueTime });
    }
    case "cue.go": {
      const cueId = session.standbyCueId ?? nextCue(session)?.id;
      if (!cueId)
        return refuse({
          code: "refused",
          message: `every cue of session "${command.sessionId}" has been called`,
        });
      return accept({ type: "cue.go", sessionId: command.sessionId, cueId, venueTime });
    }
    default:
      return refuse({ code: "invalid", message: `unhandled session command ${command.type}` });
  }
}
