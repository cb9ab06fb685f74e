import type { Command } from "../commands/commands";
import type { LiveState } from "../live/liveState";
import type { DeviceDefinition } from "../model/devices";
import type { EventFile } from "../model/eventFile";
import type { Operator, OperatorRole } from "./operators";

export type Permission = { allowed: true; override: boolean } | { allowed: false; reason: string };

const ALLOW: Permission = { allowed: true, override: false };
const OVERRIDE: Permission = { allowed: true, override: true };
const deny = (reason: string): Permission => ({ allowed: false, reason });

/** Which role owns each family of commands; the duty officer may act in any of them as an override. */
type Domain = "clock" | "programme" | "room" | "interpretation" | "any-operator";

function domainOf(command: Command): Domain {
  switch (command.type) {
    case "clock.set":
    case "clock.speed":
    case "clock.pause":
    case "clock.resume":
      return "clock";
    case "booth.handover":
    case "booth.assign":
    case "booth.setRelay":
    case "booth.request":
    case "request.acknowledge":
    case "request.handle":
    case "request.close":
      return "interpretation";
    case "room.setStatus":
    case "room.setIssue":
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
    case "stage.message":
    case "stage.countdown":
    case "speaker.setCheck":
    case "speaker.checkIn":
      return "room";
    case "alert.acknowledge":
    case "log.add":
      return "any-operator";
    case "event.import":
      return "programme";
    case "session.edit":
    case "session.undoEdit":
      return "room";
  }
}

/** The room a room-domain command acts on (a session's or a speaker's session's room); null if unknown. */
export function commandRoom(state: LiveState, command: Command): string | null {
  if (command.type === "session.undoEdit") {
    const edit = state.edits.find((e) => e.seq === command.editSeq);
    return edit ? (state.event?.sessions.find((s) => s.id === edit.sessionId)?.roomId ?? null) : null;
  }
  // A session edit belongs to the session's room now (a move also needs the new room, checked apart).
  if ("roomId" in command && command.type !== "session.edit") return command.roomId;
  const sessionId = "sessionId" in command ? command.sessionId : undefined;
  if (sessionId) return state.event?.sessions.find((s) => s.id === sessionId)?.roomId ?? null;
  if (command.type === "speaker.checkIn") {
    // Arrival is for the speaker's sessions today: the room of the first one still to come.
    const theirs = state.event?.sessions.find((s) =>
      s.speakers.some((p) => p.personId === command.speakerId),
    );
    return theirs?.roomId ?? null;
  }
  return null;
}

const ROLE_NAMES: Record<OperatorRole, string> = {
  "stage-manager": "a stage manager",
  "interpreter-coordinator": "an interpreter coordinator",
  "duty-officer": "the duty officer",
  viewer: "a viewer",
};

/**
 * What a signed-in operator may do, enforced by the hub for every console and API call. A viewer changes
 * nothing. A stage manager runs their own rooms (status, sessions, cues, stage, speakers there). An
 * interpreter coordinator runs booths, teams and booth requests. The duty officer may do all of it; acting
 * in another role's domain is an override, journaled as such. The rehearsal clock is the duty officer's.
 */
export function authorize(operator: Operator, command: Command, state: LiveState): Permission {
  if (operator.role === "viewer")
    return deny("a viewer can look but not change anything; sign in with another role");
  const domain = domainOf(command);
  if (operator.role === "duty-officer")
    return domain === "clock" || domain === "programme" || domain === "any-operator" ? ALLOW : OVERRIDE;
  switch (domain) {
    case "clock":
      return deny(`the rehearsal clock is the duty officer's; ${ROLE_NAMES[operator.role]} cannot change it`);
    case "programme":
      return deny(`importing a programme is the duty officer's; ${ROLE_NAMES[operator.role]} cannot do it`);
    case "interpretation":
      return operator.role === "interpreter-coordinator"
        ? ALLOW
        : deny(
            `booths and interpreters are the interpreter coordinator's; ${ROLE_NAMES[operator.role]} cannot change them`,
          );
    case "room": {
      if (operator.role !== "stage-manager")
        return deny(
          `rooms, sessions and speakers are the stage managers'; ${ROLE_NAMES[operator.role]} cannot change them`,
        );
      const room = commandRoom(state, command);
      const target = command.type === "session.edit" ? command.roomId : undefined;
      if (target !== undefined && !operator.rooms.includes(target))
        return deny(
          `room "${target}" is not one of yours (${operator.rooms.join(", ")}); ask the duty officer to move it there`,
        );
      // Unknown ids are the command's own error to report (404), not a permission question.
      if (room === null || operator.rooms.includes(room)) return ALLOW;
      return deny(
        `room "${room}" is not one of yours (${operator.rooms.join(", ")}); ask its stage manager or the duty officer`,
      );
    }
    case "any-operator":
      return ALLOW;
  }
}

/**
 * Commands to a device and its token. Tokens are the duty officer's. A stage manager may command the
 * devices of their rooms, the interpreter coordinator the booth consoles; the duty officer any device.
 */
export function authorizeDevice(
  operator: Operator,
  device: DeviceDefinition,
  event: EventFile,
  action: "command" | "token",
): Permission {
  if (operator.role === "viewer")
    return deny("a viewer can look but not change anything; sign in with another role");
  if (operator.role === "duty-officer") return ALLOW;
  if (action === "token") return deny("device tokens are issued and revoked by the duty officer");
  if (operator.role === "interpreter-coordinator") {
    return device.kind === "booth-console"
      ? ALLOW
      : deny("the interpreter coordinator commands booth consoles only");
  }
  const room = device.roomId ?? event.booths.find((b) => b.id === device.boothId)?.roomId;
  return room !== undefined && operator.rooms.includes(room)
    ? ALLOW
    : deny(`device "${device.id}" is not in one of your rooms (${operator.rooms.join(", ")})`);
}
