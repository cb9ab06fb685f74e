import { z } from "zod";
import { MAX_CLOCK_SPEED } from "../live/clock";
import { BOOTH_REQUEST_KINDS } from "../live/liveState";
import { ROOM_STATUSES } from "../live/vocabulary";
import { Id, Instant, LanguageCode, LocalizedText } from "../model/common";
import { Cue } from "../model/cues";
import { LOG_ENTRY_TYPES, LOG_SEVERITIES, LogLinks, Methane } from "../model/logbook";
import { SessionSpeaker } from "../model/programme";
import { ALL_READINESS_ITEMS, type ReadinessItem } from "../model/readiness";

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

/** Hands the booth's microphone to a partner (by default the next in the team's turn order). */
const BoothHandover = z.object({
  type: z.literal("booth.handover"),
  boothId: Id,
  toInterpreterId: Id.optional(),
});

/** Sets who works a booth during a session, in turn order, and where it takes its source. */
const BoothAssign = z.object({
  type: z.literal("booth.assign"),
  sessionId: Id,
  boothId: Id,
  interpreterIds: z.array(Id).max(4),
  /** "floor" or a pivot booth of the same room; omitted keeps the current source. */
  relaySource: z.string().min(1).max(100).optional(),
});

/** Switches the source of a booth working a session now, on the console too. */
const BoothSetRelay = z.object({
  type: z.literal("booth.setRelay"),
  boothId: Id,
  source: z.string().min(1).max(100),
});

/** A booth asks for help or asks the speaker to slow down (the booth tablet, or a coordinator for it). */
const BoothRequest = z.object({
  type: z.literal("booth.request"),
  boothId: Id,
  kind: z.enum(BOOTH_REQUEST_KINDS),
  note: z.string().trim().min(1).max(200).optional(),
});

const requestCommand = <T extends string>(type: T) => z.object({ type: z.literal(type), requestId: Id });
const RequestAcknowledge = requestCommand("request.acknowledge");
const RequestHandle = requestCommand("request.handle");
const RequestClose = requestCommand("request.close");

/** Ticks or unticks one readiness item of a speaker for a session; `version` names the deck or video. */
const SpeakerSetCheck = z.object({
  type: z.literal("speaker.setCheck"),
  sessionId: Id,
  speakerId: Id,
  item: z.enum(ALL_READINESS_ITEMS as [ReadinessItem, ...ReadinessItem[]]),
  done: z.boolean(),
  version: z.string().trim().min(1).max(60).optional(),
});

/** A speaker has arrived: checked in for their in-person session (or all of theirs still to come today). */
const SpeakerCheckIn = z.object({
  type: z.literal("speaker.checkIn"),
  speakerId: Id,
  sessionId: Id.optional(),
});

/** "I have seen it": stops the escalation of a critical alert. */
const AlertAcknowledge = z.object({
  type: z.literal("alert.acknowledge"),
  alertId: z.string().min(1).max(300),
});

/** An entry of the incident log; a decision says why; a correction points at the entry it corrects. */
const LogAdd = z
  .object({
    type: z.literal("log.add"),
    entryType: z.enum(LOG_ENTRY_TYPES),
    severity: z.enum(LOG_SEVERITIES).default("info"),
    text: z.string().trim().min(1, "write what happened").max(4000),
    reason: z.string().trim().min(3).max(2000).optional(),
    /** When it happened, if not now (venue time); never in the future. */
    occurredAt: Instant.optional(),
    links: LogLinks.default({}),
    keyEvent: z.boolean().default(false),
    corrects: Id.optional(),
    methane: Methane.optional(),
  })
  .refine((c) => c.entryType !== "decision" || c.reason !== undefined, {
    message: "a decision needs its reason",
    path: ["reason"],
  });

/** A reviewed programme (the console merged an import into the running event): loaded, live state kept. */
const EventImport = z.object({
  type: z.literal("event.import"),
  /** The whole event file; the hub validates it again. */
  event: z.unknown(),
  /** Where it came from, for the log ("schedule.json from pretalx, 10:02"). */
  source: z.string().trim().min(1).max(300),
});

/** A live edit of one session: time, room, speakers, languages or title. Validated like the event file. */
const SessionEdit = z.object({
  type: z.literal("session.edit"),
  sessionId: Id,
  start: Instant.optional(),
  end: Instant.optional(),
  roomId: Id.optional(),
  speakers: z.array(SessionSpeaker).optional(),
  languages: z.array(LanguageCode).min(1).optional(),
  title: LocalizedText.optional(),
});

/** Takes back a session edit (by the journal sequence number of the edit). */
const SessionUndoEdit = z.object({
  type: z.literal("session.undoEdit"),
  editSeq: z.number().int().positive(),
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
  BoothHandover,
  BoothAssign,
  BoothSetRelay,
  BoothRequest,
  RequestAcknowledge,
  RequestHandle,
  RequestClose,
  SpeakerSetCheck,
  SpeakerCheckIn,
  AlertAcknowledge,
  LogAdd,
  EventImport,
  SessionEdit,
  SessionUndoEdit,
]);
export type Command = z.infer<typeof Command>;
export type CommandType = Command["type"];

export const COMMAND_TYPES = Command.options.map((o) => o.shape.type.value);

export interface CommandError {
  /**
   * unavailable: the hub could not store the change (disk full, I/O error); nothing changed.
   * forbidden: the operator's role may not do it. conflict: someone else changed it since the author looked.
   */
  code: "invalid" | "not_found" | "refused" | "unavailable" | "forbidden" | "conflict";
  message: string;
  /** The field that was wrong, as a path (`status`, `roomId`). */
  field?: string;
}
