import { z } from "zod";
import { Id } from "./common";

/** "floor": a booth works from the original sound rather than from another booth. */
export const FLOOR_SOURCE = "floor";

/**
 * The event's interpretation rules. Defaults follow the usual norms: 30-minute turns, amber one minute
 * before a turn ends, a channel silent for 20 s during a live session is an alert, and at most 4 h of
 * interpreting in a half day or 7 h in a full day.
 */
export const InterpretationSettings = z.object({
  turnMinutes: z.number().int().min(5).max(120).default(30),
  turnWarningMinutes: z.number().int().min(1).max(10).default(1),
  silenceSeconds: z.number().int().min(5).max(600).default(20),
  /** An input level at or below this counts as silence even with the microphone live. */
  silenceThresholdDb: z.number().min(-120).max(0).default(-50),
  halfDayCapMinutes: z.number().int().min(30).max(720).default(240),
  fullDayCapMinutes: z.number().int().min(30).max(720).default(420),
  /** Venue-local hour that splits a day into morning and afternoon halves for the caps. */
  middayHour: z.number().int().min(0).max(23).default(13),
});
export type InterpretationSettings = z.infer<typeof InterpretationSettings>;

export const DEFAULT_INTERPRETATION: InterpretationSettings = InterpretationSettings.parse({});

/** Who works a booth during a session, in turn order, and where the booth takes its source from. */
export const BoothAssignment = z.object({
  sessionId: Id,
  boothId: Id,
  interpreterIds: z.array(Id).min(1).max(4),
  /** "floor", or the id of the pivot booth in the same room this booth takes relay from. */
  relaySource: z.string().min(1).default(FLOOR_SOURCE),
});
export type BoothAssignment = z.infer<typeof BoothAssignment>;
