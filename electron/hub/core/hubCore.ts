import { type CommandContext, decideFor } from "../../../shared/access/guard";
import type { Command, CommandError } from "../../../shared/commands/commands";
import type { Effect } from "../../../shared/commands/decide";
import type { JournalChange, JournalEvent } from "../../../shared/journal/journalEvents";
import { applyJournalEvent } from "../../../shared/journal/reducer";
import { type Actor, emptyLiveState, type LiveState } from "../../../shared/live/liveState";
import type { Journal } from "../journal/journal";

export type CommandResult =
  | { ok: true; seq: number; events: JournalEvent[]; effects: Effect[] }
  | { ok: false; error: CommandError };
type EventsListener = (events: readonly JournalEvent[]) => void;

/** Snapshots bound replay time at start-up without costing much while running. */
export const SNAPSHOT_EVERY = 5_000;

/**
 * The one owner of live state. Commands are decided against the current state, journaled, applied
 * with the shared reducer, and acknowledged and broadcast only once the journal has stored them.
 * With the SQLite journal that is at once; with a replicated one, `published` trails `state` by the
 * events still on their way to the replicas, and only `published` is ever shown to anyone.
 */
export class HubCore {
  private current: LiveState = emptyLiveState();
  private durable: LiveState = this.current;
  /** Applied but not yet stored: each batch's events with the state after them, oldest first. */
  private readonly inFlight: { events: JournalEvent[]; state: LiveState }[] = [];
  private readonly listeners = new Set<EventsListener>();
  private lastSnapshotSeq = 0;

  constructor(
    private readonly journal: Journal,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Everything applied, stored or not: what commands are decided against. */
  get state(): LiveState {
    return this.current;
  }

  /** Everything stored: what consoles, devices and the API are shown. */
  get published(): LiveState {
    return this.durable;
  }

  /** Resolves once the events up to `seq` are stored (and broadcast); rejects if they never will be. */
  whenDurable(seq: number): Promise<void> {
    return seq <= this.durable.seq ? Promise.resolve() : this.journal.whenDurable(seq);
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
    this.durable = state;
    this.inFlight.length = 0;
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
    if (!this.journal.writable) {
      const message = "this hub is not the primary (it is stepping down or a standby); nothing was changed";
      return { ok: false, error: { code: "unavailable", message } };
    }
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

  /**
   * Journals changes the hub makes by itself (event loading, device links, alerts). While the hub may
   * not write (stepping down), they are dropped: the new primary records what it sees itself.
   */
  record(changes: readonly JournalChange[], actor: Actor, commandId?: string): JournalEvent[] {
    if (!this.journal.writable) return [];
    const events = this.journal.append(changes, actor, this.now().toISOString(), commandId);
    if (events.length === 0) return events;
    let state = this.current;
    for (const event of events) state = applyJournalEvent(state, event);
    this.current = state;
    if (this.journal.durableOnAppend) {
      this.publish(events, state);
    } else {
      this.inFlight.push({ events, state });
      // Stored batches are acknowledged in order, so the oldest in flight is the one now stored.
      this.journal.whenDurable(state.seq).then(
        () => {
          const stored = this.inFlight.shift();
          if (stored) this.publish(stored.events, stored.state);
        },
        () => undefined, // the journal has failed: the hub's role controller rebuilds from what was stored
      );
    }
    return events;
  }

  /**
   * Applies events another hub stored (a standby following the replicated journal): they are stored
   * already, so they are published at once.
   */
  applyStored(events: readonly JournalEvent[]): void {
    if (events.length === 0) return;
    let state = this.current;
    for (const event of events) state = applyJournalEvent(state, event);
    this.current = state;
    this.publish(events, state);
  }

  private publish(events: readonly JournalEvent[], state: LiveState): void {
    this.durable = state;
    if (state.seq - this.lastSnapshotSeq >= SNAPSHOT_EVERY) this.snapshot();
    for (const listener of this.listeners) listener(events);
  }

  /** Events after `since` for a client that resumes, or null when a snapshot is cheaper. */
  eventsSince(since: number, limit: number): JournalEvent[] | null {
    if (since > this.durable.seq) return null;
    if (this.durable.seq - since > limit) return null;
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

  /** Snapshots only stored state: a snapshot must never hold an event the journal could still lose. */
  snapshot(): void {
    if (this.durable.seq === this.lastSnapshotSeq) return;
    this.journal.saveSnapshot(this.durable, this.now().toISOString());
    this.lastSnapshotSeq = this.durable.seq;
  }
}
