import {
  type AssignmentLive,
  assignmentKey,
  type BoothLive,
  type BoothRequest,
  type LiveState,
} from "../live/liveState";
import { assertNever } from "../live/vocabulary";
import type { EventFile } from "../model/eventFile";
import type { JournalEvent } from "./journalEvents";

export const newBooth = (): BoothLive => ({
  sessionId: null,
  activeInterpreterId: null,
  turnStartedAt: null,
  turns: [],
  lastHandover: null,
});

/**
 * Assignments after a programme is loaded: the file's teams, plus live ones for sessions and booths the
 * file does not plan but still has (a coordinator's late addition survives a reload).
 */
export function loadAssignments(
  previous: Record<string, AssignmentLive>,
  event: EventFile,
): Record<string, AssignmentLive> {
  const sessions = new Set(event.sessions.map((s) => s.id));
  const booths = new Set(event.booths.map((b) => b.id));
  const next: Record<string, AssignmentLive> = {};
  for (const [key, value] of Object.entries(previous)) {
    const [sessionId = "", boothId = ""] = key.split("|");
    if (sessions.has(sessionId) && booths.has(boothId)) next[key] = value;
  }
  for (const a of event.assignments) {
    next[assignmentKey(a.sessionId, a.boothId)] = {
      interpreterIds: a.interpreterIds,
      relaySource: a.relaySource,
    };
  }
  return next;
}

function updateBooth(state: LiveState, boothId: string, change: (booth: BoothLive) => BoothLive): LiveState {
  const booth = state.booths[boothId];
  if (!booth) return state;
  return { ...state, booths: { ...state.booths, [boothId]: change(booth) } };
}

/** Closes the open turn, if any, at `venueTime`. */
function closeTurn(booth: BoothLive, venueTime: string): BoothLive["turns"] {
  const last = booth.turns.at(-1);
  if (!last || last.end !== null) return booth.turns;
  return [...booth.turns.slice(0, -1), { ...last, end: venueTime }];
}

function updateRequest(state: LiveState, requestId: string, change: (r: BoothRequest) => BoothRequest) {
  const request = state.requests[requestId];
  if (!request) return state;
  return { ...state, requests: { ...state.requests, [requestId]: change(request) } };
}

export type BoothJournalEvent = Extract<JournalEvent, { type: `booth.${string}` | `request.${string}` }>;

export function reduceBooth(state: LiveState, event: BoothJournalEvent): LiveState {
  switch (event.type) {
    case "booth.assigned":
      return {
        ...state,
        assignments: {
          ...state.assignments,
          [assignmentKey(event.sessionId, event.boothId)]: {
            interpreterIds: event.interpreterIds,
            relaySource: event.relaySource,
          },
        },
      };
    case "booth.turnStarted":
      return updateBooth(state, event.boothId, (booth) => ({
        sessionId: event.sessionId,
        activeInterpreterId: event.interpreterId,
        turnStartedAt: event.venueTime,
        turns: [
          ...closeTurn(booth, event.venueTime),
          {
            interpreterId: event.interpreterId,
            sessionId: event.sessionId,
            start: event.venueTime,
            end: null,
          },
        ],
        lastHandover: event.handover
          ? { at: event.venueTime, from: booth.activeInterpreterId, to: event.interpreterId, by: event.actor }
          : booth.lastHandover,
      }));
    case "booth.turnEnded":
      return updateBooth(state, event.boothId, (booth) => ({
        ...booth,
        sessionId: null,
        activeInterpreterId: null,
        turnStartedAt: null,
        turns: closeTurn(booth, event.venueTime),
      }));
    case "request.raised":
      return {
        ...state,
        requests: {
          ...state.requests,
          [event.requestId]: {
            id: event.requestId,
            boothId: event.boothId,
            kind: event.kind,
            note: event.note,
            raisedAt: event.venueTime,
            acknowledged: null,
            handled: null,
            closed: null,
          },
        },
      };
    case "request.progressed": {
      const stamp = { at: event.venueTime, by: event.actor };
      return updateRequest(state, event.requestId, (request) => ({ ...request, [event.stage]: stamp }));
    }
    default:
      return assertNever(event);
  }
}
