import { DateTime } from "luxon";
import type { Command } from "../../../shared/commands/commands";
import type { LogEntry } from "../../../shared/live/liveState";
import type { LogEntryType, Methane } from "../../../shared/model/logbook";
import type { LogSeverity } from "./logFilter";

export const METHANE_FIELDS = [
  ["majorIncident", "M"],
  ["exactLocation", "E"],
  ["type", "T"],
  ["hazards", "H"],
  ["access", "A"],
  ["casualties", "N"],
  ["emergencyServices", "E"],
] as const satisfies readonly [keyof Methane, string][];
export type MethaneText = Exclude<keyof Methane, "majorIncident">;

export interface LogDraft {
  entryType: LogEntryType;
  severity: LogSeverity;
  text: string;
  reason: string;
  /** As a datetime-local input holds it, in venue time: 2021-11-11T10:02. */
  occurredLocal: string;
  roomId: string;
  sessionId: string;
  deviceId: string;
  keyEvent: boolean;
  corrects: string | null;
  /** The METHANE template is in use: a major incident, declared or not. */
  methaneOn: boolean;
  methane: Methane;
}

export const EMPTY_METHANE: Methane = {
  majorIncident: true,
  exactLocation: "",
  type: "",
  hazards: "",
  access: "",
  casualties: "",
  emergencyServices: "",
};

/** Venue time as a datetime-local value. */
export const toLocalInput = (ms: number, zone: string): string =>
  DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");

export function emptyDraft(nowMs: number, zone: string): LogDraft {
  return {
    entryType: "general",
    severity: "info",
    text: "",
    reason: "",
    occurredLocal: toLocalInput(nowMs, zone),
    roomId: "",
    sessionId: "",
    deviceId: "",
    keyEvent: false,
    corrects: null,
    methaneOn: false,
    methane: EMPTY_METHANE,
  };
}

/** A correction starts from the entry it corrects: same type, severity, links and time, its text to fix. */
export function correctionDraft(entry: LogEntry, nowMs: number, zone: string): LogDraft {
  return {
    ...emptyDraft(nowMs, zone),
    entryType: entry.entryType,
    severity: entry.severity,
    text: entry.text,
    reason: entry.reason ?? "",
    occurredLocal: toLocalInput(Date.parse(entry.occurredAt), zone),
    roomId: entry.links.roomId ?? "",
    sessionId: entry.links.sessionId ?? "",
    deviceId: entry.links.deviceId ?? "",
    keyEvent: entry.keyEvent,
    corrects: entry.id,
    methaneOn: entry.methane !== null,
    methane: entry.methane ?? EMPTY_METHANE,
  };
}

export type DraftField = "text" | "reason" | "occurredAt" | MethaneText;
export type DraftCheck = { ok: true; command: Command } | { ok: false; field: DraftField };

/** The log.add command for a draft, or the first field the hub would refuse (checked here to say where). */
export function draftToCommand(draft: LogDraft, zone: string, nowMs: number): DraftCheck {
  const text = draft.text.trim();
  if (!text) return { ok: false, field: "text" };
  const reason = draft.reason.trim();
  if (draft.entryType === "decision" && reason.length < 3) return { ok: false, field: "reason" };
  const occurred = DateTime.fromISO(draft.occurredLocal, { zone });
  // A minute of slack as the hub allows: "now" typed to the minute is never in the future.
  if (!occurred.isValid || occurred.toMillis() > nowMs + 60_000) return { ok: false, field: "occurredAt" };
  if (draft.methaneOn) {
    const missing = METHANE_FIELDS.find(([key]) => key !== "majorIncident" && !draft.methane[key].trim());
    if (missing) return { ok: false, field: missing[0] as MethaneText };
  }
  const links = {
    ...(draft.roomId ? { roomId: draft.roomId } : {}),
    ...(draft.sessionId ? { sessionId: draft.sessionId } : {}),
    ...(draft.deviceId ? { deviceId: draft.deviceId } : {}),
  };
  return {
    ok: true,
    command: {
      type: "log.add",
      entryType: draft.entryType,
      severity: draft.severity,
      text,
      ...(reason ? { reason } : {}),
      occurredAt: occurred.toISO() ?? undefined,
      links,
      keyEvent: draft.keyEvent,
      ...(draft.corrects ? { corrects: draft.corrects } : {}),
      ...(draft.methaneOn
        ? {
            methane: {
              majorIncident: draft.methane.majorIncident,
              exactLocation: draft.methane.exactLocation.trim(),
              type: draft.methane.type.trim(),
              hazards: draft.methane.hazards.trim(),
              access: draft.methane.access.trim(),
              casualties: draft.methane.casualties.trim(),
              emergencyServices: draft.methane.emergencyServices.trim(),
            },
          }
        : {}),
    },
  };
}
