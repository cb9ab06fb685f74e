import { z } from "zod";
import { MAX_CLOCK_SPEED } from "../live/clock";
import { ROOM_STATUSES } from "../live/vocabulary";
import { Id, Instant } from "../model/common";

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

export const Command = z.discriminatedUnion("type", [ClockSet, RoomSetStatus, RoomSetIssue]);
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
