import { DateTime } from "luxon";
import type { JournalChange } from "../journal/journalEvents";
import { adjustClock, venueNowMs, WALL_CLOCK } from "../live/clock";
import type { LiveState } from "../live/liveState";
import { ROOM_TRANSITIONS } from "../live/roomTransitions";
import { assertNever } from "../live/vocabulary";
import type { Command, CommandError } from "./commands";

export type Decision = { ok: true; changes: JournalChange[] } | { ok: false; error: CommandError };

const refuse = (error: CommandError): Decision => ({ ok: false, error });
const accept = (...changes: JournalChange[]): Decision => ({ ok: true, changes });

/**
 * Decides what a valid command changes, given the current state. Pure, so every rule can be unit
 * tested without a hub; the hub journals the changes and applies them with the reducer.
 */
export function decide(state: LiveState, command: Command, wallMs: number): Decision {
  switch (command.type) {
    case "clock.set": {
      if (command.mode === "wall") return accept({ type: "clock.set", clock: WALL_CLOCK });
      const venueMs = command.venueTime ? DateTime.fromISO(command.venueTime).toMillis() : undefined;
      const base = state.clock.mode === "wall" ? { mode: "wall" as const } : state.clock;
      const clock = adjustClock(base, wallMs, {
        ...(command.speed === undefined ? {} : { speed: command.speed }),
        ...(command.paused === undefined ? {} : { paused: command.paused }),
        venueMs: venueMs ?? venueNowMs(state.clock, wallMs),
      });
      return accept({ type: "clock.set", clock });
    }
    case "room.setStatus": {
      const room = state.rooms[command.roomId];
      if (!room)
        return refuse({ code: "not_found", message: `unknown room "${command.roomId}"`, field: "roomId" });
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
      if (!room)
        return refuse({ code: "not_found", message: `unknown room "${command.roomId}"`, field: "roomId" });
      if (room.issue === command.issue) return accept();
      return accept({ type: "room.issueChanged", roomId: command.roomId, issue: command.issue });
    }
    default:
      return assertNever(command);
  }
}
