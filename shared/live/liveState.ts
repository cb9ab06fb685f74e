import type { Cue } from "../model/cues";
import type { EventFile } from "../model/eventFile";
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

export interface AlertSubject {
  type: "room" | "session" | "booth" | "device" | "speaker";
  id: string;
}

export interface Alert {
  id: string;
  rule: string;
  severity: AlertSeverity;
  subject: AlertSubject;
  message: string;
  raisedAt: string;
  acknowledged: Stamp | null;
  resolvedAt: string | null;
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
  alerts: Record<string, Alert>;
}

export function emptyLiveState(): LiveState {
  return { seq: 0, event: null, clock: WALL_CLOCK, rooms: {}, sessions: {}, devices: {}, alerts: {} };
}
