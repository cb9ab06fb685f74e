import type { LogEntry } from "../../../shared/live/liveState";
import type { LOG_SEVERITIES, LogEntryType } from "../../../shared/model/logbook";

export type LogSeverity = (typeof LOG_SEVERITIES)[number];

export interface LogFilter {
  types: LogEntryType[];
  severities: LogSeverity[];
  keyOnly: boolean;
  text: string;
  /** Entries linked to this room, directly or through their session, device or booth; "" for any. */
  roomId: string;
}

export const NO_LOG_FILTER: LogFilter = { types: [], severities: [], keyOnly: false, text: "", roomId: "" };

/** "log-131" reads as #131: short enough to say across the room. */
export const entryNumber = (id: string): string => `#${id.replace(/^log-/, "")}`;

/** The room an entry is about, from whichever link names one. */
export type RoomOfLinks = (links: LogEntry["links"]) => string | null;

/** Newest first by when it happened, then by when it was written down. */
export function compareEntries(a: LogEntry, b: LogEntry): number {
  return (
    Date.parse(b.occurredAt) - Date.parse(a.occurredAt) || Date.parse(b.enteredAt) - Date.parse(a.enteredAt)
  );
}

export function filterLog(entries: readonly LogEntry[], filter: LogFilter, roomOf: RoomOfLinks): LogEntry[] {
  const needle = filter.text.trim().toLocaleLowerCase();
  const any = <T>(chosen: readonly T[], value: T) => chosen.length === 0 || chosen.includes(value);
  return entries
    .filter(
      (e) =>
        any(filter.types, e.entryType) &&
        any(filter.severities, e.severity) &&
        (!filter.keyOnly || e.keyEvent) &&
        (filter.roomId === "" || roomOf(e.links) === filter.roomId) &&
        (needle === "" ||
          [e.text, e.reason ?? "", e.author.operator, entryNumber(e.id), ...Object.values(e.methane ?? {})]
            .join("\n")
            .toLocaleLowerCase()
            .includes(needle)),
    )
    .sort(compareEntries);
}

/** For each entry, the later entries that correct it, oldest first: the log itself is never edited. */
export function correctionsOf(entries: readonly LogEntry[]): Map<string, LogEntry[]> {
  const out = new Map<string, LogEntry[]>();
  for (const entry of entries) {
    if (!entry.corrects) continue;
    out.set(entry.corrects, [...(out.get(entry.corrects) ?? []), entry]);
  }
  return out;
}
