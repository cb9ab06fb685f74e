import type { JournalChange, JournalEvent } from "../../../shared/journal/journalEvents";
import type { Actor, LiveState } from "../../../shared/live/liveState";
import type { EventFile } from "../../../shared/model/eventFile";

/**
 * What the hub needs from a journal. Two backends: the embedded SQLite file (one PC, the default),
 * where an append is durable when it returns, and a replicated JetStream stream, where it is durable
 * once the stream has acknowledged it. The hub acknowledges a command and shows its events to anyone
 * only after `whenDurable` resolves, so what an operator saw acknowledged is never lost.
 */
export interface Journal {
  /** The last sequence number handed out, durable or not yet. */
  readonly lastSeq: number;
  /** True when `append` returns only after the events are stored (no waiting on `whenDurable`). */
  readonly durableOnAppend: boolean;
  /** False while this hub may not write (a standby, or a primary stepping down). */
  readonly writable: boolean;
  /** Numbers the changes as events and stores them (or starts to); all of them, or none. */
  append(changes: readonly JournalChange[], actor: Actor, at: string, commandId?: string): JournalEvent[];
  /** Resolves once every event up to `seq` is stored; rejects if the journal can no longer store them. */
  whenDurable(seq: number): Promise<void>;
  /** Stored events after `seq`, in order. */
  readAfter(seq: number): Iterable<JournalEvent>;
  latestLoadedEvent(): EventFile | null;
  /** Keeps a copy of a stored state so a restart replays only what came after it. */
  saveSnapshot(state: LiveState, at: string): void;
  latestSnapshot(): LiveState | null;
}
