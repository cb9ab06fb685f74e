import type { Command } from "../commands/commands";
import { decide } from "../commands/decide";
import { type Decision, refuse } from "../commands/decision";
import type { Actor, LiveState } from "../live/liveState";
import type { Operator } from "./operators";
import { authorize, commandRoom } from "./permissions";
import { staleEdit } from "./versions";

/** Who sends a command and what they had seen: a signed-in operator, and the state their edit began from. */
export interface CommandContext {
  actor: Actor;
  /** Absent for the hub's own work (the director, the alert monitor, devices with their tokens). */
  operator?: Operator;
  /** The journal sequence number of the state the author edited from. */
  baseSeq?: number;
}

/**
 * `decide` for a person: their role must allow the command, their edit must not be stale, and a duty
 * officer's override is journaled with the change it made.
 */
export function decideFor(
  state: LiveState,
  command: Command,
  wallMs: number,
  context: CommandContext,
): Decision {
  const permission = context.operator ? authorize(context.operator, command, state) : null;
  if (permission && !permission.allowed) return refuse({ code: "forbidden", message: permission.reason });
  if (context.baseSeq !== undefined) {
    const conflict = staleEdit(state, command, context.baseSeq, context.actor);
    if (conflict) return refuse({ code: "conflict", message: conflict });
  }
  const decision = decide(state, command, wallMs);
  if (!decision.ok || !permission?.override || decision.changes.length === 0) return decision;
  return {
    ...decision,
    // After the command's own changes, so ids taken from the next sequence number still match their event.
    changes: [
      ...decision.changes,
      { type: "access.override", commandType: command.type, roomId: commandRoom(state, command) },
    ],
  };
}
