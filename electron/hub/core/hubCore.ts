import { type CommandContext, decideFor } from "../../../shared/access/guard";
import type { Command, CommandError } from "../../../shared/commands/commands";
import type { Effect } from "../../../shared/commands/decide";
import type { JournalChange, JournalEvent } from "../../../shared/journal/journalEvents";
import { applyJournalEvent } from "../../../shared/journal/reducer";
import { type Actor, emptyLiveState, type LiveState } from "../../../shared/live/liveState";
import type { SqliteJournal } from "../journal/sqliteJournal";

export type CommandResult =
  | { ok: true; seq: number; events: JournalEvent[]; effects: Effect[] }
  | { ok: false; error: CommandError };
type EventsListener = (events: readonly JournalEvent[]) => void;

/** Snapshots bound replay time at start-up without costing much while running. */
export const SNAPSHOT_EVERY = 5_000;

/**
 * The one owner of live state. Commands are decided against the current state, journaled durably,
 * applied with the shared reducer and only then acknowledged and broadcast.
 */
export class HubCore {
  private current: LiveState = emptyLiveState();
  private readonly listeners = new Set<EventsListener>();
  private lastSnapshotSeq = 0;

  constructor(
    private readonly journal: SqliteJournal,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get state(): LiveState {
    return this.current;
  }

  /** Rebuilds state from the newest snapshot plus the journal after it. */
  restore(): { fromSnapshot: number; replayed: number } {
    const snapshot = this.journal.latestSnapshot();
    let state = snapshot ?? emptyLiveState();
    let replayed = 0;
    for (const event of this.journal.readAfter(state.seq)) {
      state = applyJournalEvent(state, event);
      replayed++;
    }
    this.current = state;
    this.lastSnapshotSeq = snapshot?.seq ?? 0;
    return { fromSnapshot: snapshot?.seq ?? 0, replayed };
  }

  /** Decides, journals and applies a command; with an operator, their role and a stale edit are checked. */
  execute(
    command: Command,
    actor: Actor,
    commandId?: string,
    context: Omit<CommandContext, "actor"> = {},
  ): CommandResult {
    const decision = decideFor(this.current, command, this.now().getTime(), { ...context, actor });
    if (!decision.ok) return decision;
    try {
      const events = this.record(decision.changes, actor, commandId);
      return { ok: true, seq: this.current.seq, events, effects: decision.effects ?? [] };
    } catch (error) {
      // The append is one transaction and state is applied only after it, so nothing changed.
      const message = `the hub could not store the change (${(error as Error).message}); nothing was changed`;
      return { ok: false, error: { code: "unavailable", message } };
    }
  }

  /** Journals changes the hub makes by itself (event loading, start-up clock). */
  record(changes: readonly JournalChange[], actor: Actor, commandId?: string): JournalEvent[] {
    const events = this.journal.append(changes, actor, this.now().toISOString(), commandId);
    if (events.length === 0) return events;
    let state = this.current;
    for (const event of events) state = applyJournalEvent(state, event);
    this.current = state;
    if (state.seq - this.lastSnapshotSeq >= SNAPSHOT_EVERY) this.snapshot();
    for (const listener of this.listeners) listener(events);
    return events;
  }

  /** Events after `since` for a client that resumes, or null when a snapshot is cheaper. */
  eventsSince(since: number, limit: number): JournalEvent[] | null {
    if (since > this.current.seq) return null;
    if (this.current.seq - since > limit) return null;
    return [...this.journal.readAfter(since)];
  }

  /** The whole journal, oldest first, read in pages (for reports over a day's history). */
  journalEvents(): Iterable<JournalEvent> {
    return this.journal.readAfter(0);
  }

  onEvents(listener: EventsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  snapshot(): void {
    if (this.current.seq === this.lastSnapshotSeq) return;
    this.journal.saveSnapshot(this.current, this.now().toISOString());
    this.lastSnapshotSeq = this.current.seq;
  }
}
