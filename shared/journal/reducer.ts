import { recordVersions } from "../access/versions";
import { type LiveState, type RoomLive, readinessKey } from "../live/liveState";
import { assertNever } from "../live/vocabulary";
import type { EventFile } from "../model/eventFile";
import { reduceAlert } from "./alertReducer";
import { loadAssignments, newBooth, reduceBooth } from "./boothReducer";
import { newDevice, reduceDevice } from "./deviceReducer";
import type { JournalEvent } from "./journalEvents";
import { newSession, reduceSession } from "./sessionReducer";

export { offlineAlertId } from "./deviceReducer";

const NEW_ROOM: RoomLive = { status: "closed", issue: null, changed: null };

/** Keeps the live state of ids that stay (a reloaded programme must not reset a live room). */
function keepOrCreate<T>(previous: Record<string, T>, ids: readonly string[], create: (id: string) => T) {
  const next: Record<string, T> = {};
  for (const id of ids) next[id] = previous[id] ?? create(id);
  return next;
}

function loadEvent(state: LiveState, event: EventFile): LiveState {
  const required = new Map(event.devices.map((d) => [d.id, d.required]));
  const cues = new Map(event.sessions.map((s) => [s.id, s.cues]));
  return {
    ...state,
    event,
    rooms: keepOrCreate(
      state.rooms,
      event.venue.rooms.map((r) => r.id),
      () => NEW_ROOM,
    ),
    sessions: keepOrCreate(
      state.sessions,
      event.sessions.map((s) => s.id),
      (id) => newSession(cues.get(id) ?? []),
    ),
    devices: keepOrCreate(state.devices, [...required.keys()], (id) => newDevice(required.get(id) ?? false)),
    booths: keepOrCreate(
      state.booths,
      event.booths.map((b) => b.id),
      newBooth,
    ),
    assignments: loadAssignments(state.assignments, event),
  };
}

function updateRoom(state: LiveState, roomId: string, change: (room: RoomLive) => RoomLive): LiveState {
  const room = state.rooms[roomId];
  if (!room) return state;
  return { ...state, rooms: { ...state.rooms, [roomId]: change(room) } };
}

/** Applies one journal event. Pure: same state and event, same result; never mutates its input. */
export function applyJournalEvent(state: LiveState, event: JournalEvent): LiveState {
  const next = recordVersions(reduce(state, event), event);
  return next === state ? { ...state, seq: event.seq } : { ...next, seq: event.seq };
}

function reduce(state: LiveState, event: JournalEvent): LiveState {
  switch (event.type) {
    case "event.loaded":
      return loadEvent(state, event.event);
    case "clock.set":
      return { ...state, clock: event.clock };
    case "room.statusChanged":
      return updateRoom(state, event.roomId, (room) => ({
        ...room,
        status: event.to,
        changed: { at: event.at, by: event.actor },
      }));
    case "room.issueChanged":
      return updateRoom(state, event.roomId, (room) => ({ ...room, issue: event.issue }));
    case "device.connected":
    case "device.statusChanged":
    case "device.disconnected":
    case "device.event":
    case "device.tokenIssued":
    case "device.tokenRevoked":
      return reduceDevice(state, event);
    case "session.statusChanged":
    case "session.shortened":
    case "cue.saved":
    case "cue.removed":
    case "cue.standby":
    case "cue.go":
      return reduceSession(state, event);
    case "booth.assigned":
    case "booth.turnStarted":
    case "booth.turnEnded":
    case "request.raised":
    case "request.progressed":
      return reduceBooth(state, event);
    case "alert.raised":
    case "alert.resolved":
    case "alert.acknowledged":
    case "alert.escalated":
      return reduceAlert(state, event);
    case "log.added":
      return { ...state, log: [...state.log, { ...event.entry, author: event.actor }] };
    case "session.edited":
      return editSession(state, event);
    case "access.override":
      // Recorded for the log and the day report; it changes nothing by itself.
      return state;
    case "speaker.checkSet": {
      const key = readinessKey(event.sessionId, event.speakerId);
      const check = { done: event.done, version: event.version, at: event.venueTime, by: event.actor };
      return {
        ...state,
        readiness: { ...state.readiness, [key]: { ...state.readiness[key], [event.item]: check } },
      };
    }
    case "stage.messageSent":
    case "stage.countdownSet":
      // Recorded for the log; what a stage timer shows is its own telemetry.
      return state;
    default:
      return assertNever(event);
  }
}

/** The programme with one session replaced; the edit is remembered for undo (an undo marks its edit). */
function editSession(state: LiveState, event: Extract<JournalEvent, { type: "session.edited" }>): LiveState {
  if (!state.event) return state;
  const sessions = state.event.sessions.map((s) => (s.id === event.sessionId ? event.after : s));
  const edits = state.edits.map((e) => (e.seq === event.undoes ? { ...e, undone: true } : e));
  const record =
    event.undoes === null
      ? [
          {
            seq: event.seq,
            sessionId: event.sessionId,
            before: event.before,
            after: event.after,
            at: event.at,
            by: event.actor,
            undone: false,
          },
        ]
      : [];
  return { ...state, event: { ...state.event, sessions }, edits: [...edits, ...record] };
}
