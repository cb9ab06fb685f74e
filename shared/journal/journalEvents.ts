import type { ClockState } from "../live/clock";
import type { Actor, Alert, BoothRequestKind, LogEntry, RequestStage } from "../live/liveState";
import type { DeviceStatus, RoomStatus, SessionStatus } from "../live/vocabulary";
import type { Cue } from "../model/cues";
import type { EventFile } from "../model/eventFile";
import type { Session } from "../model/programme";
import type { ReadinessItem } from "../model/readiness";

/**
 * What the journal records. Each change of live state is one of these; the reducer is the only code
 * that turns them into state, so replaying the journal always gives the same picture.
 */
export type JournalChange =
  | { type: "event.loaded"; event: EventFile; source: string }
  | { type: "clock.set"; clock: ClockState }
  | { type: "room.statusChanged"; roomId: string; from: RoomStatus; to: RoomStatus }
  | { type: "room.issueChanged"; roomId: string; issue: string | null }
  /** `venueTime`: when it happened on the venue clock (which may be a rehearsal clock). */
  | {
      type: "session.statusChanged";
      sessionId: string;
      from: SessionStatus;
      to: SessionStatus;
      venueTime: string;
      reason?: string;
    }
  | { type: "session.shortened"; sessionId: string; minutes: number }
  | { type: "cue.saved"; sessionId: string; cue: Cue; index: number }
  | { type: "cue.removed"; sessionId: string; cueId: string }
  | { type: "cue.standby"; sessionId: string; cueId: string; venueTime: string }
  | { type: "cue.go"; sessionId: string; cueId: string; venueTime: string }
  | { type: "stage.messageSent"; roomId: string; text: string | null; blink: boolean }
  | { type: "stage.countdownSet"; roomId: string; endsAt: string }
  | { type: "device.connected"; deviceId: string; firmware: string | null }
  | { type: "device.statusChanged"; deviceId: string; status: DeviceStatus }
  | { type: "device.disconnected"; deviceId: string; reason: string; raiseAlert: boolean }
  | { type: "device.event"; deviceId: string; name: string; data: Record<string, unknown> }
  | {
      type: "booth.assigned";
      sessionId: string;
      boothId: string;
      interpreterIds: string[];
      relaySource: string;
    }
  /** `handover`: false when the turn starts because the session went live or the team changed. */
  | {
      type: "booth.turnStarted";
      boothId: string;
      sessionId: string;
      interpreterId: string;
      venueTime: string;
      handover: boolean;
    }
  | { type: "booth.turnEnded"; boothId: string; venueTime: string }
  | {
      type: "request.raised";
      requestId: string;
      boothId: string;
      kind: BoothRequestKind;
      note: string | null;
      venueTime: string;
    }
  | { type: "request.progressed"; requestId: string; stage: RequestStage; venueTime: string }
  | {
      type: "speaker.checkSet";
      sessionId: string;
      speakerId: string;
      item: ReadinessItem;
      done: boolean;
      version: string | null;
      venueTime: string;
    }
  /** Raised and resolved by the hub's alert monitor as conditions become true and false. */
  | { type: "alert.raised"; alert: RaisedAlert }
  | { type: "alert.resolved"; alertId: string; venueTime: string }
  | { type: "alert.acknowledged"; alertId: string; venueTime: string }
  | { type: "alert.escalated"; alertId: string; venueTime: string }
  | { type: "log.added"; entry: Omit<LogEntry, "author"> }
  /** A live edit of one session (or the undo of one, naming the edit's seq). */
  | { type: "session.edited"; sessionId: string; before: Session; after: Session; undoes: number | null }
  /** The duty officer acted in another role's domain; recorded with the command's own changes. */
  | { type: "access.override"; commandType: string; roomId: string | null }
  /** Audit only: a token was issued or revoked from a console (the secret itself is never journaled). */
  | { type: "device.tokenIssued"; deviceId: string }
  | { type: "device.tokenRevoked"; deviceId: string };

export type RaisedAlert = Omit<Alert, "acknowledged" | "resolvedAt" | "escalatedAt">;

export type JournalEventType = JournalChange["type"];

export type JournalEvent = JournalChange & {
  seq: number;
  /** Wall-clock time the hub accepted it (ISO-8601, UTC). */
  at: string;
  actor: Actor;
  /** Id of the command that caused it, so a client can match events to its own requests. */
  commandId?: string;
};

/** Actor for changes the hub makes by itself (start-up, clock options on the command line). */
export const HUB_ACTOR: Actor = { operator: "hub", role: "system", workstation: "hub" };
