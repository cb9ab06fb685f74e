import { z } from "zod";
import { MAX_CLOCK_SPEED } from "../live/clock";
import { ROOM_STATUSES } from "../live/vocabulary";
import { Id, Instant } from "../model/common";
import { Cue } from "../model/cues";

/** Commands are requests; the hub validates them and, if accepted, journals what changed. */
const ClockSet = z.object({
  type: z.literal("clock.set"),
  mode: z.enum(["wall", "rehearsal"]),
  /** Rehearsal only: jump to this venue time; omitted keeps the current time. */
  venueTime: Instant.optional(),
  speed: z.number().positive().max(MAX_CLOCK_SPEED).optional(),
  paused: z.boolean().optional(),
});

const RoomSetStatus = z.object({
  type: z.literal("room.setStatus"),
  roomId: Id,
  status: z.enum(ROOM_STATUSES),
});

const RoomSetIssue = z.object({
  type: z.literal("room.setIssue"),
  roomId: Id,
  /** null clears the flag. */
  issue: z.string().trim().min(1).max(200).nullable(),
});

const ClockSpeed = z.object({
  type: z.literal("clock.speed"),
  speed: z.number().positive().max(MAX_CLOCK_SPEED),
});
const ClockPause = z.object({ type: z.literal("clock.pause") });
const ClockResume = z.object({ type: z.literal("clock.resume") });

const sessionCommand = <T extends string>(type: T) => z.object({ type: z.literal(type), sessionId: Id });
/** A hold or a cancellation is logged with its reason, so the reason is required. */
const Reason = z.string().trim().min(3, "say why (at least 3 characters)").max(300);

const SessionStandby = sessionCommand("session.standby");
const SessionStart = sessionCommand("session.start");
const SessionHold = sessionCommand("session.hold").extend({ reason: Reason });
const SessionResume = sessionCommand("session.resume");
const SessionEnd = sessionCommand("session.end");
const SessionCancel = sessionCommand("session.cancel").extend({ reason: Reason });
/** Absorb a delay by taking minutes off this session (0 restores its planned length). */
const SessionShorten = sessionCommand("session.shorten").extend({
  minutes: z.number().int().min(0).max(600),
});

const CueSave = sessionCommand("cue.save").extend({ cue: Cue, index: z.number().int().min(0).optional() });
const CueRemove = sessionCommand("cue.remove").extend({ cueId: Id });
const CueStandby = sessionCommand("cue.standby");
const CueGo = sessionCommand("cue.go");

/** A message on the stage timers of a room (null text clears it). */
const StageMessage = z.object({
  type: z.literal("stage.message"),
  roomId: Id,
  text: z.string().trim().min(1).max(200).nullable(),
  blink: z.boolean().optional(),
});

/** The speaker's countdown on the room's stage timers: this many minutes from now (venue time). */
const StageCountdown = z.object({
  type: z.literal("stage.countdown"),
  roomId: Id,
  minutes: z.number().int().min(1).max(600),
});

export const Command = z.discriminatedUnion("type", [
  ClockSet,
  ClockSpeed,
  ClockPause,
  ClockResume,
  RoomSetStatus,
  RoomSetIssue,
  SessionStandby,
  SessionStart,
  SessionHold,
  SessionResume,
  SessionEnd,
  SessionCancel,
  SessionShorten,
  CueSave,
  CueRemove,
  CueStandby,
  CueGo,
  StageMessage,
  StageCountdown,
]);
export type Command = z.infer<typeof Command>;
export type CommandType = Command["type"];

export const COMMAND_TYPES = Command.options.map((o) => o.shape.type.value);

export interface CommandError {
  /** unavailable: the hub could not store the change (disk full, I/O error); nothing changed. */
  code: "invalid" | "not_found" | "refused" | "unavailable";
  message: string;
  /** The field that was wrong, as a path (`status`, `roomId`). */
  field?: string;
}
