import { type ConsumerMessages, jetstream, jetstreamManager, StorageType } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import type { JournalEvent } from "../../../shared/journal/journalEvents";
import { applyJournalEvent } from "../../../shared/journal/reducer";
import { emptyLiveState, type LiveState } from "../../../shared/live/liveState";
import type { SiteLink } from "../../../shared/sites/siteSummary";
import { siteNames } from "./siteNames";

/**
 * No word from the other site for this long and its link is shown as cut. The mirror hears a heartbeat
 * from the other site every second even when nothing happens there, so silence means the link is down.
 */
const CUT_AFTER_MS = 5_000;
const STATUS_EVERY_MS = 1_000;

/**
 * Another site's journal, seen from the main site. The other site's hubs write to a stream in their own
 * JetStream domain (their NATS server is a leaf node of the main cluster, so they keep working when the
 * link drops); this site keeps a mirror of it in its own domain, which JetStream fills again by itself
 * when the link comes back. Every hub here follows the mirror and reduces it to the other site's live
 * state, read-only, for the duty officer's one picture of both sites.
 */
export class RemoteSite {
  private state: LiveState = emptyLiveState();
  private messages: ConsumerMessages | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private linkState: SiteLink = { status: "catching-up", lastContactAt: null, lagMessages: null };
  private readonly listeners = new Set<() => void>();

  private constructor(
    readonly site: string,
    private readonly nc: NatsConnection,
    private readonly mirror: string,
    private readonly log: (line: string) => void,
  ) {}

  /** Creates the mirror if this is the first hub to ask (the other site's domain is its site name). */
  static async open(
    nc: NatsConnection,
    site: string,
    replicas: number,
    log: (line: string) => void,
  ): Promise<RemoteSite> {
    const jsm = await jetstreamManager(nc);
    const source = siteNames(site).stream;
    const mirror = `${source}_MIRROR`;
    try {
      await jsm.streams.info(mirror);
    } catch (error) {
      if (!/stream not found/i.test((error as Error).message)) throw error;
      await jsm.streams.add({
        name: mirror,
        num_replicas: replicas,
        storage: StorageType.File,
        mirror: { name: source, external: { api: `$JS.${site}.API`, deliver: "" } },
      });
    }
    const remote = new RemoteSite(site, nc, mirror, log);
    await remote.follow();
    return remote;
  }

  get live(): LiveState {
    return this.state;
  }

  get link(): SiteLink {
    return this.linkState;
  }

  /** Called (at most once per status round or batch of events) when the picture or the link changed. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private async follow(): Promise<void> {
    const consumer = await jetstream(this.nc).consumers.get(this.mirror, { opt_start_seq: 1 });
    const messages = await consumer.consume();
    this.messages = messages;
    void (async () => {
      for await (const message of messages) {
        const { events } = JSON.parse(message.string()) as { events: JournalEvent[] };
        let state = this.state;
        for (const event of events) if (event.seq === state.seq + 1) state = applyJournalEvent(state, event);
        this.state = state;
        if (message.info.pending === 0) this.changed();
      }
    })().catch((error: unknown) =>
      this.log(`site ${this.site}: following its journal stopped: ${(error as Error).message}`),
    );
    this.timer = setInterval(() => void this.refreshLink(), STATUS_EVERY_MS);
    await this.refreshLink();
  }

  /** How the mirror hears from the other site: JetStream reports when it last did, and how far behind it is. */
  private async refreshLink(): Promise<void> {
    try {
      const info = await (await jetstreamManager(this.nc)).streams.info(this.mirror);
      const activeNs = info.mirror?.active ?? -1;
      const sinceMs = activeNs < 0 ? null : activeNs / 1e6;
      const lagMessages = info.mirror?.lag ?? null;
      const cut = sinceMs === null || sinceMs > CUT_AFTER_MS;
      const status = cut ? "cut" : lagMessages ? "catching-up" : "live";
      const before = this.linkState;
      const lastContactAt = sinceMs === null ? null : new Date(Date.now() - sinceMs).toISOString();
      this.linkState = { status, lastContactAt, lagMessages };
      if (before.status !== status || before.lagMessages !== lagMessages) this.changed();
    } catch (error) {
      this.log(`site ${this.site}: ${(error as Error).message}`);
    }
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.messages?.close();
  }
}
