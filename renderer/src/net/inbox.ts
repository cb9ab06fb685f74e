import type { JournalEvent } from "../../../shared/journal/journalEvents";
import { applyJournalEvent } from "../../../shared/journal/reducer";
import type { LiveState } from "../../../shared/live/liveState";
import type { ConsoleServerMessage } from "../../../shared/protocol/consoleProtocol";

/** A state-changing message with the local time it arrived (the clock offset is measured against it). */
export type InboxItem = {
  message: Extract<ConsoleServerMessage, { type: "snapshot" | "events" }>;
  receivedAt: number;
};

export interface InboxResult {
  live: LiveState | null;
  /** Set when a snapshot arrived: hub wall clock minus local clock. */
  serverOffsetMs: number | null;
  /** Events were missing (or came before any snapshot): the client must resume from live.seq. */
  gap: boolean;
  /** The events applied, in order: views that keep a history (recent device events) read them. */
  applied: JournalEvent[];
}

/**
 * Applies a batch of messages in order with the same reducer the hub uses. Events already applied are
 * skipped; a hole in the sequence stops the batch so the client can ask for what it missed.
 */
export function applyInbox(start: LiveState | null, items: readonly InboxItem[]): InboxResult {
  let live = start;
  let serverOffsetMs: number | null = null;
  const applied: JournalEvent[] = [];
  for (const { message, receivedAt } of items) {
    if (message.type === "snapshot") {
      live = message.state;
      const serverMs = Date.parse(message.serverTime);
      if (Number.isFinite(serverMs)) serverOffsetMs = serverMs - receivedAt;
      continue;
    }
    for (const event of message.events) {
      if (live === null || event.seq > live.seq + 1) return { live, serverOffsetMs, gap: true, applied };
      if (event.seq <= live.seq) continue;
      live = applyJournalEvent(live, event);
      applied.push(event);
    }
  }
  return { live, serverOffsetMs, gap: false, applied };
}
