import type { LiveState } from "../live/liveState";
import { ROOM_TRANSITIONS } from "../live/roomTransitions";
import { assertNever } from "../live/vocabulary";
import type { Command } from "./commands";
import { boothTurnsForSessions, decideBooth } from "./decideBooth";
import { decideClock } from "./decideClock";
import { decideLog } from "./decideLog";
import { decideProgramme } from "./decideProgramme";
import { decideSession } from "./decideSession";
import { decideSpeaker } from "./decideSpeaker";
import { decideStage } from "./decideStage";
import { accept, type Decision, refuse } from "./decision";

export type { Decision, Effect } from "./decision";

const unknownRoom = (roomId: string): Decision =>
  refuse({ code: "not_found", message: `unknown room "${roomId}"`, field: "roomId" });

/**
 * Decides what a valid command changes, given the current state. Pure, so every rule can be unit
 * tested without a hub; the hub journals the changes, applies them with the reducer, then carries out
 * the effects (commands to devices).
 */
export function decide(state: LiveState, command: Command, wallMs: number): Decision {
  switch (command.type) {
    case "clock.set":
    case "clock.speed":
    case "clock.pause":
    case "clock.resume":
      return decideClock(state, command, wallMs);
    case "room.setStatus": {
      const room = state.rooms[command.roomId];
      if (!room) return unknownRoom(command.roomId);
      if (room.status === command.status) return accept();
      const allowed = ROOM_TRANSITIONS[room.status];
      if (!allowed.includes(command.status)) {
        return refuse({
          code: "refused",
          field: "status",
          message: `room "${command.roomId}" cannot go from ${room.status} to ${command.status}; allowed: ${allowed.join(", ")}`,
        });
      }
      return accept({
        type: "room.statusChanged",
        roomId: command.roomId,
        from: room.status,
        to: command.status,
      });
    }
    case "room.setIssue": {
      const room = state.rooms[command.roomId];
      if (!room) return unknownRoom(command.roomId);
      if (room.issue === command.issue) return accept();
      return accept({ type: "room.issueChanged", roomId: command.roomId, issue: command.issue });
    }
    case "session.standby":
    case "session.start":
    case "session.hold":
    case "session.resume":
    case "session.end":
    case "session.cancel":
    case "session.shorten":
    case "cue.save":
    case "cue.remove":
    case "cue.standby":
    case "cue.go":
      return boothTurnsForSessions(state, decideSession(state, command, wallMs));
    case "booth.handover":
    case "booth.assign":
    case "booth.setRelay":
    case "booth.request":
    case "request.acknowledge":
    case "request.handle":
    case "request.close":
      return decideBooth(state, command, wallMs);
    case "speaker.setCheck":
    case "speaker.checkIn":
      return decideSpeaker(state, command, wallMs);
    case "alert.acknowledge":
    case "log.add":
      return decideLog(state, command, wallMs);
    case "event.import":
    case "session.edit":
    case "session.undoEdit":
      return decideProgramme(state, command);
    case "stage.message":
    case "stage.countdown":
      return decideStage(state, command, wallMs);
    default:
      return assertNever(command);
  }
}
