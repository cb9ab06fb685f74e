import type { Cue } from "../model/cues";
import type { EventFile } from "../model/eventFile";
import type { LOG_SEVERITIES, LogEntryType, LogLinks, Methane } from "../model/logbook";
import type { Session } from "../model/programme";
import type { ReadinessItem } from "../model/readiness";
import type { ClockState } from "./clock";
import { WALL_CLOCK } from "./clock";
import type { AlertSeverity, DeviceStatus, RoomStatus, SessionStatus } from "./vocabulary";

/** Who did something, from where: every journal event names its operator and workstation. */
export interface Actor {
  operator: string;
  role: string;
  workstation: string;
}

export interface Stamp {
  at: string;
  by: Actor;
}

export interface RoomLive {
  status: RoomStatus;
  /** A free-text problem flag a stage manager can raise at any time ("projector 2 flickers"). */
  issue: string | null;
  changed: Stamp | null;
}

/** A hold of a live session, in venue time; `end` is null while it lasts. */
export interface SessionHold {
  start: string;
  end: string | null;
  reason: string;
}

/** A cue called on headset: when (venue time) and by whom. */
export interface CalledCue {
  cueId: string;
  at: string;
  by: string;
}

export interface SessionLive {
  status: SessionStatus;
  /** Venue times (the rehearsal clock's when it runs). */
  actualStart: string | null;
  actualEnd: string | null;
  holds: SessionHold[];
  cancelReason: string | null;
  /** Minutes the stage manager takes off this session to absorb a delay. */
  shortenMinutes: number;
  /** The run of show: starts from the event file, edited live. */
  cues: Cue[];
  standbyCueId: string | null;
  called: CalledCue[];
}

export interface DeviceLive {
  status: DeviceStatus;
  lastSeen: string | null;
  firmware: string | null;
  /** True when the device has gone quiet: its last data must not be shown as current. */
  stale: boolean;
}

/** One interpreter's time on the microphone in a booth; `end` is null while the turn lasts. */
export interface TurnRecord {
  interpreterId: string;
  sessionId: string;
  /** Venue times. */
  start: string;
  end: string | null;
}

export interface Handover {
  /** Venue time. */
  at: string;
  from: string | null;
  to: string;
  by: Actor;
}

export interface BoothLive {
  /** The session the booth is working (live or on hold), or null between sessions. */
  sessionId: string | null;
  activeInterpreterId: string | null;
  /** Venue time the current turn began. */
  turnStartedAt: string | null;
  /** Every turn of the event so far, for the working-time ledger. */
  turns: TurnRecord[];
  lastHandover: Handover | null;
}

/** The team and source of one booth for one session: from the event file, changed live by coordinators. */
export interface AssignmentLive {
  interpreterIds: string[];
  relaySource: string;
}

export const assignmentKey = (sessionId: string, boothId: string) => `${sessionId}|${boothId}`;

export const BOOTH_REQUEST_KINDS = ["help", "speak-slowly"] as const;
export type BoothRequestKind = (typeof BOOTH_REQUEST_KINDS)[number];
export const REQUEST_STAGES = ["acknowledged", "handled", "closed"] as const;
export type RequestStage = (typeof REQUEST_STAGES)[number];

/** A call from a booth: help goes to the technician; speak-slowly (anonymous) to the chair and stage. */
export interface BoothRequest {
  id: string;
  boothId: string;
  kind: BoothRequestKind;
  note: string | null;
  /** Venue time. */
  raisedAt: string;
  acknowledged: Stamp | null;
  handled: Stamp | null;
  closed: Stamp | null;
}

/** One ticked (or unticked) readiness item: by whom and when, and the version it names. */
export interface CheckLive {
  done: boolean;
  version: string | null;
  /** Venue time. */
  at: string;
  by: Actor;
}

export const readinessKey = (sessionId: string, speakerId: string) => `${sessionId}|${speakerId}`;

export interface AlertSubject {
  type: "room" | "session" | "booth" | "device" | "speaker";
  id: string;
}

export interface Alert {
  id: string;
  rule: string;
  severity: AlertSeverity;
  subject: AlertSubject;
  /** English text for logs and the API; consoles translate `rule` with `params`. */
  message: string;
  params?: Record<string, string | number>;
  raisedAt: string;
  acknowledged: Stamp | null;
  resolvedAt: string | null;
  /** Venue time a critical alert nobody acknowledged was escalated to every console. */
  escalatedAt: string | null;
}

/** An entry of the incident log. Append-only: a correction is a new entry that points at the old one. */
export interface LogEntry {
  id: string;
  entryType: LogEntryType;
  severity: (typeof LOG_SEVERITIES)[number];
  text: string;
  /** Required for a decision: why it was taken. */
  reason: string | null;
  /** Venue times: when it happened (as the author says) and when it was written down. */
  occurredAt: string;
  enteredAt: string;
  author: Actor;
  links: LogLinks;
  keyEvent: boolean;
  /** The entry this one corrects. */
  corrects: string | null;
  methane: Methane | null;
}

/** A live edit of a session, kept so it can be undone (by its journal sequence number). */
export interface SessionEdit {
  seq: number;
  sessionId: string;
  before: Session;
  after: Session;
  at: string;
  by: Actor;
  undone: boolean;
}

/** When a shared thing last changed and by whom, so a stale edit from another console is refused. */
export interface Version {
  seq: number;
  at: string;
  by: Actor;
}

/** Everything the hub knows, rebuilt from the journal by the reducer. Keyed by id for cheap lookups. */
export interface LiveState {
  /** Sequence number of the last journal event applied. */
  seq: number;
  event: EventFile | null;
  clock: ClockState;
  rooms: Record<string, RoomLive>;
  sessions: Record<string, SessionLive>;
  devices: Record<string, DeviceLive>;
  booths: Record<string, BoothLive>;
  /** Keyed by `assignmentKey(sessionId, boothId)`. */
  assignments: Record<string, AssignmentLive>;
  requests: Record<string, BoothRequest>;
  /** Keyed by `readinessKey(sessionId, speakerId)`, then by item. */
  readiness: Record<string, Partial<Record<ReadinessItem, CheckLive>>>;
  alerts: Record<string, Alert>;
  log: LogEntry[];
  /** Live edits of sessions, newest last. */
  edits: SessionEdit[];
  /** Keyed by what was edited (`room:plenary:issue`); see shared/access/versions.ts. */
  versions: Record<string, Version>;
}

export function emptyLiveState(): LiveState {
  return {
    seq: 0,
    event: null,
    clock: WALL_CLOCK,
    rooms: {},
    sessions: {},
    devices: {},
    booths: {},
    assignments: {},
    requests: {},
    readiness: {},
    alerts: {},
    log: [],
    edits: [],
    versions: {},
  };
}
