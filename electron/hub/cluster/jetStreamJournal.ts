import {
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  jetstream,
  jetstreamManager,
  StorageType,
  type StreamInfo,
} from "@nats-io/jetstream";
import type { ObjectStore } from "@nats-io/obj";
import { Objm } from "@nats-io/obj";
import type { NatsConnection } from "@nats-io/transport-node";
import type { JournalChange, JournalEvent } from "../../../shared/journal/journalEvents";
import type { Actor, LiveState } from "../../../shared/live/liveState";
import type { EventFile } from "../../../shared/model/eventFile";
import type { Journal } from "../journal/journal";
import type { SqliteJournal } from "../journal/sqliteJournal";
import { siteNames } from "./siteNames";

/** One stream message: the events of one append, so a command's events are stored together or not at all. */
interface StoredBatch {
  events: JournalEvent[];
}

/** The replica's notes in its local SQLite file: which stream it copies, and up to which message. */
const META_STREAM = "jetstream.stream";
const META_STREAM_SEQ = "jetstream.streamSeq";
const SNAPSHOT_OBJECT = "state";

export interface JetStreamJournalOptions {
  nc: NatsConnection;
  site: string;
  /** Stream replicas: 3 on a 3-node cluster, 1 on a single server. */
  replicas: number;
  /** This hub's local copy of the stream (an ordinary journal file), read for resumes and reports. */
  replica: SqliteJournal;
  /** How long a write may wait for the stream (it rides over a NATS node restarting). */
  publishTimeoutMs?: number;
  log: (line: string) => void;
}

interface Batch {
  /** Lets a retry of a message whose acknowledgement was lost be recognised as a duplicate, not stored twice. */
  msgId: string;
  events: JournalEvent[];
  lastSeq: number;
  streamSeq: number;
  stored: boolean;
  done: Promise<void>;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** How long a write keeps trying through a NATS node restart or a leader election before the hub steps down. */
const RETRY_WINDOW_MS = 15_000;
const RETRY_PAUSE_MS = 250;

/** The stream took a message from another hub where this one expected its own: it is no longer the writer. */
class FencedError extends Error {}
const isWrongLastSequence = (error: unknown) => /wrong last sequence/i.test((error as Error).message);

/** Thrown by `append` when this hub may not write (it is the standby, or its writes were fenced off). */
export class NotWritingError extends Error {}

/**
 * The journal on a replicated JetStream stream. Every append is one stream message published with the
 * stream sequence it expects to follow, so if two hubs ever both believed they were primary, the
 * second writer's append fails instead of forking the journal (JetStream's own optimistic concurrency:
 * no election of ours). Stored events are copied to a local SQLite replica, which serves reads.
 */
export class JetStreamJournal implements Journal {
  readonly durableOnAppend = false;
  private readonly js: JetStreamClient;
  private readonly names: ReturnType<typeof siteNames>;
  private writing = false;
  /** Sending batches one by one after a failed publish (see retryUnstored). */
  private retrying = false;
  /** A fresh value per term as writer, so message ids never repeat across terms. */
  private term = "";
  private failure: Error | null = null;
  private nextSeq: number;
  private nextStreamSeq = 0;
  private readonly batches: Batch[] = [];
  private following: ConsumerMessages | null = null;
  private streamLastSeq = 0;
  private copiedStreamSeq: number;
  private readonly failureListeners = new Set<(error: Error) => void>();
  private snapshotUpload: Promise<void> = Promise.resolve();

  private constructor(
    private readonly options: JetStreamJournalOptions,
    private readonly jsm: JetStreamManager,
    private readonly snapshots: ObjectStore,
    /** The stream's name and creation time: what the replica and the shared snapshot belong to. */
    private readonly identity: string,
  ) {
    this.js = jetstream(options.nc, { timeout: options.publishTimeoutMs ?? 3_000 });
    this.names = siteNames(options.site);
    this.nextSeq = options.replica.lastSeq + 1;
    this.copiedStreamSeq = Number(options.replica.meta(META_STREAM_SEQ) ?? 0);
  }

  /**
   * Connects the replica to the stream (creating it on first use) and copies in everything it lacks.
   * A replica that has never seen the stream starts from the newest snapshot in the object store, so a
   * new standby replays only the events after it; the older events are copied for reports, not replayed.
   */
  static async open(options: JetStreamJournalOptions): Promise<JetStreamJournal> {
    const jsm = await jetstreamManager(options.nc);
    const names = siteNames(options.site);
    const info = await ensureStream(jsm, names, options.replicas);
    const snapshots = await new Objm(options.nc).create(names.snapshots, {
      replicas: options.replicas,
      storage: StorageType.File,
    });
    const identity = `${names.stream}@${info.created}`;
    const known = options.replica.meta(META_STREAM);
    if (known !== undefined && known !== identity)
      throw new ReplicaMismatchError(
        `the local replica copies ${known}, not ${identity}; move it aside so it is copied afresh`,
      );
    if (known === undefined) {
      if (options.replica.lastSeq > 0)
        throw new ReplicaMismatchError("the local replica holds events from another journal");
      options.replica.setMeta(META_STREAM, identity);
    }
    const journal = new JetStreamJournal(options, jsm, snapshots, identity);
    await journal.copyMissing(info.state.last_seq);
    return journal;
  }

  get lastSeq(): number {
    return this.nextSeq - 1;
  }

  /** The stream message the replica has copied up to. */
  get replicatedStreamSeq(): number {
    return this.copiedStreamSeq;
  }

  /** Stream messages not yet in the replica (0 on the primary, which writes them). */
  get lagMessages(): number {
    return Math.max(0, this.streamLastSeq - this.replicatedStreamSeq);
  }

  get isWriting(): boolean {
    return this.writing;
  }

  /** Appends are accepted: this hub is the writer and nothing has failed. */
  get writable(): boolean {
    return this.writing && this.failure === null;
  }

  get isFollowing(): boolean {
    return this.following !== null;
  }

  onFailure(listener: (error: Error) => void): () => void {
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  append(changes: readonly JournalChange[], actor: Actor, at: string, commandId?: string): JournalEvent[] {
    if (changes.length === 0) return [];
    if (!this.writing) throw new NotWritingError("this hub is not the primary; it cannot store changes");
    if (this.failure) throw this.failure;
    const events = changes.map(
      (change, i): JournalEvent => ({
        ...change,
        seq: this.nextSeq + i,
        at,
        actor,
        ...(commandId === undefined ? {} : { commandId }),
      }),
    );
    this.nextSeq += events.length;
    const streamSeq = this.nextStreamSeq++;
    let resolve!: () => void;
    let reject!: (error: Error) => void;
    const done = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    done.catch(() => undefined); // a failure is reported through onFailure; callers that wait get it too
    const batch: Batch = {
      msgId: `${this.term}:${streamSeq}`,
      events,
      lastSeq: this.nextSeq - 1,
      streamSeq,
      stored: false,
      done,
      resolve,
      reject,
    };
    this.batches.push(batch);
    if (!this.retrying) this.send(batch).catch(() => this.retryUnstored());
    return events;
  }

  /**
   * Publishes one batch where it must land: right after the message before it. Pipelined: the next batch
   * goes out before this one's acknowledgement, and JetStream checks each against the stream in order.
   */
  private async send(batch: Batch): Promise<void> {
    const body: StoredBatch = { events: batch.events };
    const ack = await this.js.publish(this.names.subject, JSON.stringify(body), {
      msgID: batch.msgId,
      expect: { lastSequence: batch.streamSeq - 1 },
    });
    // nats-server 2.9 answers a resend of a message still being replicated as a duplicate of sequence 0:
    // not stored yet, not refused either, so it is sent again.
    if (ack.duplicate && ack.seq === 0)
      throw new Error("the first send of this message is still being stored");
    if (ack.seq !== batch.streamSeq)
      throw new FencedError(`stored as message ${ack.seq}, expected ${batch.streamSeq}`);
    batch.stored = true;
    this.copyStored();
  }

  /**
   * A publish failed: a NATS node restarting, a stream leader being elected, an acknowledgement lost.
   * The batches not known to be stored are sent again one by one, oldest first, with the same message
   * ids, until the stream takes them or the retry window ends. Only a refusal of the oldest batch means
   * another hub wrote in between (fenced off); a later batch refused behind a failed one is just resent.
   */
  private async retryUnstored(): Promise<void> {
    if (this.retrying || this.failure) return;
    this.retrying = true;
    const giveUpAt = Date.now() + RETRY_WINDOW_MS;
    try {
      for (;;) {
        const batch = this.batches.find((b) => !b.stored);
        if (!batch || this.failure) return;
        try {
          await this.send(batch);
        } catch (error) {
          if (error instanceof FencedError || isWrongLastSequence(error) || Date.now() > giveUpAt) {
            this.fail(error as Error);
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
        }
      }
    } finally {
      this.retrying = false;
    }
  }

  whenDurable(seq: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    for (const batch of this.batches) if (batch.lastSeq >= seq) return batch.done;
    return Promise.resolve();
  }

  /** Copies stored batches, in order, into the replica, then lets the waiting commands be acknowledged. */
  private copyStored(): void {
    while (this.batches[0]?.stored) {
      const batch = this.batches.shift() as Batch;
      try {
        this.options.replica.importEvents(batch.events, {
          key: META_STREAM_SEQ,
          value: String(batch.streamSeq),
        });
      } catch (error) {
        // The stream has it, so it is acknowledged; this hub steps down and copies it again from the stream.
        batch.resolve();
        this.fail(new Error(`the local replica could not store events: ${(error as Error).message}`));
        return;
      }
      this.copiedStreamSeq = batch.streamSeq;
      this.streamLastSeq = Math.max(this.streamLastSeq, batch.streamSeq);
      batch.resolve();
    }
  }

  /** Stops writing for good: what was not stored is refused, and the hub rebuilds from the stream. */
  private fail(error: Error): void {
    if (this.failure) return;
    const wrongSeq = error instanceof FencedError || isWrongLastSequence(error);
    this.failure = new Error(
      wrongSeq
        ? "another hub has written to the journal (this hub is no longer primary)"
        : `the journal stream did not store a change: ${error.message}`,
    );
    this.writing = false;
    for (const batch of this.batches.splice(0)) batch.reject(this.failure);
    for (const listener of this.failureListeners) listener(this.failure);
  }

  /**
   * Becomes the writer: copies everything up to the stream's end first (handing it to `apply`), then
   * writes after it.
   */
  async startWriting(apply: (events: JournalEvent[]) => void): Promise<void> {
    await this.stopFollowing();
    const info = await this.jsm.streams.info(this.names.stream);
    await this.copyMissing(info.state.last_seq, apply);
    this.nextSeq = this.options.replica.lastSeq + 1;
    this.nextStreamSeq = this.replicatedStreamSeq + 1;
    this.failure = null;
    this.term = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    this.writing = true;
  }

  /** Stops writing (a demotion): appends are refused from now on and what is in flight fails. */
  stopWriting(reason: string): void {
    if (this.writing) this.fail(new Error(reason));
    this.writing = false;
    this.nextSeq = this.options.replica.lastSeq + 1;
  }

  /**
   * A standby follows the stream: every message another hub stores is copied to the replica and handed
   * to `apply` (the hub core), in order, as it arrives.
   */
  async follow(apply: (events: JournalEvent[]) => void): Promise<void> {
    await this.stopFollowing();
    const consumer = await this.js.consumers.get(this.names.stream, {
      opt_start_seq: this.replicatedStreamSeq + 1,
    });
    const messages = await consumer.consume();
    this.following = messages;
    void (async () => {
      for await (const message of messages) {
        if (this.writing) break; // the writer copies its own messages
        if (message.seq <= this.replicatedStreamSeq) continue;
        const events = this.copyMessage(message.seq, message.string());
        this.streamLastSeq = message.seq + message.info.pending;
        // Leaving the loop stops the consumer (closing it from inside the loop would wait on the loop).
        if (events === null) break;
        apply(events);
      }
    })()
      .catch((error: unknown) =>
        this.options.log(`journal: following the stream stopped: ${(error as Error).message}`),
      )
      .finally(() => {
        // The hub's role controller follows again (from the replica's end) while it is a standby.
        if (this.following === messages) this.following = null;
      });
  }

  async stopFollowing(): Promise<void> {
    const following = this.following;
    this.following = null;
    if (following) await following.close();
  }

  /** The newest stream sequence, from the server (for the health endpoint's lag). */
  async refreshStreamEnd(): Promise<number> {
    const info = await this.jsm.streams.info(this.names.stream);
    this.streamLastSeq = Math.max(this.streamLastSeq, info.state.last_seq);
    return this.streamLastSeq;
  }

  /** Copies stream messages after the replica's last one up to `last` (and hands them to `apply`, if given). */
  private async copyMissing(last: number, apply?: (events: JournalEvent[]) => void): Promise<void> {
    this.streamLastSeq = Math.max(this.streamLastSeq, last);
    let from = this.replicatedStreamSeq + 1;
    if (from > last) return;
    if (from === 1) await this.seedFromSnapshot();
    const consumer = await this.js.consumers.get(this.names.stream, { opt_start_seq: from });
    while (from <= last) {
      const batch = await consumer.fetch({ max_messages: Math.min(1000, last - from + 1), expires: 5000 });
      for await (const message of batch) {
        const events = this.copyMessage(message.seq, message.string());
        if (events === null)
          throw new ReplicaMismatchError(`stream message ${message.seq} does not follow the replica`);
        apply?.(events);
        from = message.seq + 1;
        if (from > last) break;
      }
    }
    this.landSeed();
  }

  /** Copies one message into the replica; null if its events do not follow on (a damaged stream). */
  private copyMessage(streamSeq: number, body: string): JournalEvent[] | null {
    const { events } = JSON.parse(body) as StoredBatch;
    try {
      this.options.replica.importEvents(events, { key: META_STREAM_SEQ, value: String(streamSeq) });
    } catch (error) {
      this.options.log(`journal: stream message ${streamSeq}: ${(error as Error).message}`);
      return null;
    }
    this.copiedStreamSeq = streamSeq;
    this.nextSeq = this.options.replica.lastSeq + 1;
    return events;
  }

  /**
   * A new replica keeps the newest shared snapshot, so start-up replays only the events after it; only a
   * snapshot of this very stream (a recreated stream leaves the old one behind in the object store).
   */
  private async seedFromSnapshot(): Promise<void> {
    const info = await this.snapshots.info(SNAPSHOT_OBJECT).catch(() => null);
    if (!info || info.description !== this.identity) return;
    const data = await this.snapshots.getBlob(SNAPSHOT_OBJECT).catch(() => null);
    if (!data) return;
    this.pendingSeed = JSON.parse(new TextDecoder().decode(data)) as LiveState;
  }

  /** Saved into the replica once the copy has reached it (a snapshot must never run ahead of events). */
  private pendingSeed: LiveState | null = null;

  /** Lands a seed snapshot once the replica has every event it covers; one the copy never reached is dropped. */
  private landSeed(): void {
    const seed = this.pendingSeed;
    this.pendingSeed = null;
    if (seed && this.options.replica.lastSeq >= seed.seq)
      this.options.replica.saveSnapshot(seed, new Date().toISOString());
  }

  readAfter(seq: number): Iterable<JournalEvent> {
    return this.options.replica.readAfter(seq);
  }

  latestLoadedEvent(): EventFile | null {
    return this.options.replica.latestLoadedEvent();
  }

  /** Kept in the replica, and the newest shared with every hub through the object store. */
  saveSnapshot(state: LiveState, at: string): void {
    this.options.replica.saveSnapshot(state, at);
    if (!this.writing) return;
    const body = new TextEncoder().encode(JSON.stringify(state));
    this.snapshotUpload = this.snapshotUpload
      .then(() => this.snapshots.putBlob({ name: SNAPSHOT_OBJECT, description: this.identity }, body))
      .then(
        () => undefined,
        (error: unknown) =>
          this.options.log(`journal: the shared snapshot was not saved: ${(error as Error).message}`),
      );
  }

  latestSnapshot(): LiveState | null {
    return this.options.replica.latestSnapshot();
  }

  async close(): Promise<void> {
    await this.stopFollowing();
    await this.snapshotUpload;
  }

  get streamName(): string {
    return this.names.stream;
  }
}

/** The local replica belongs to another stream; the operator moves it aside (it is never deleted). */
export class ReplicaMismatchError extends Error {}

async function ensureStream(
  jsm: JetStreamManager,
  names: ReturnType<typeof siteNames>,
  replicas: number,
): Promise<StreamInfo> {
  try {
    return await jsm.streams.info(names.stream);
  } catch (error) {
    if (!/stream not found/i.test((error as Error).message)) throw error;
    return await jsm.streams.add({
      name: names.stream,
      subjects: [names.subject],
      num_replicas: replicas,
      storage: StorageType.File,
      // Never aged out or trimmed: the journal is the record of the event.
      max_age: 0,
      duplicate_window: 2 * 60 * 1_000_000_000,
    });
  }
}
