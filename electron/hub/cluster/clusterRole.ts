import type { HubCore } from "../core/hubCore";
import type { JetStreamJournal } from "./jetStreamJournal";
import type { HubRecord, PrimaryLease } from "./primaryLease";

export type HubRoleName = "single" | "primary" | "standby";

/** What the health endpoint, the server's gate and the console badge need to know about roles. */
export interface HubRoleView {
  readonly role: HubRoleName;
  /** Whether this hub takes commands, console links and device links now. */
  readonly isPrimary: boolean;
  status(): RoleStatus;
}

export interface RoleStatus {
  role: HubRoleName;
  hubId: string;
  site: string | null;
  primary: { hubId: string; url: string } | null;
  /** Every hub of the site, this one included, for consoles and devices to move between. */
  hubs: { hubId: string; url: string; role: "primary" | "standby" }[];
  replication: {
    backend: "sqlite" | "jetstream";
    stream?: string;
    appliedSeq: number;
    /** Stream messages stored but not yet applied here (a standby's distance behind the primary). */
    lagMessages: number;
    natsConnected?: boolean;
  };
}

/** One PC: always the primary, nothing to replicate. */
export function singleHubRole(core: HubCore, hubId: string): HubRoleView {
  return {
    role: "single",
    isPrimary: true,
    status: () => ({
      role: "single",
      hubId,
      site: null,
      primary: null,
      hubs: [],
      replication: { backend: "sqlite", appliedSeq: core.published.seq, lagMessages: 0 },
    }),
  };
}

export interface ClusterRoleOptions {
  core: HubCore;
  journal: JetStreamJournal;
  lease: PrimaryLease;
  hubId: string;
  site: string;
  leaseTtlMs: number;
  isConnected: () => boolean;
  /** Starts what only the primary runs (device links, alert monitor, demo crew); awaited before serving. */
  onPromoted: () => Promise<void> | void;
  /** Stops it again and drops consoles and devices, who move to the new primary. */
  onDemoted: (reason: string) => Promise<void> | void;
  log: (line: string) => void;
}

/**
 * Holds this hub's role in a site: a standby follows the journal stream and keeps its state warm,
 * and tries for the lease; the primary renews the lease and writes. A primary that cannot renew in
 * time, or whose write is fenced off by another hub's, steps down and rebuilds from the stream.
 * Taking over, stepping down and stopping run one at a time (`exclusive`), so a step-down never
 * overlaps a take-over; renewals run on their own timer, so a slow take-over never lets the lease lapse.
 */
export class ClusterRole implements HubRoleView {
  private current: "primary" | "standby" = "standby";
  private url = "";
  private timers: ReturnType<typeof setInterval>[] = [];
  private ticking = false;
  private renewing = false;
  /** When this hub last knew the lease to be its own (acquired or renewed). */
  private lastRenewedMs = 0;
  /** From the start of a take-over until the step-down after it: the state may hold unstored events. */
  private termOpen = false;
  private primary: HubRecord | null = null;
  private hubs: HubRecord[] = [];
  private stopped = false;
  private queue: Promise<void> = Promise.resolve();
  private readonly since = new Date().toISOString();

  constructor(private readonly options: ClusterRoleOptions) {
    options.journal.onFailure((error) => {
      if (!this.stopped) this.stepDown(error.message);
    });
  }

  get role(): HubRoleName {
    return this.current;
  }

  get isPrimary(): boolean {
    return this.current === "primary";
  }

  /** Follows the stream and starts trying for the lease; `url` is where this hub's consoles connect. */
  async start(url: string): Promise<void> {
    this.url = url;
    await this.follow();
    const every = Math.max(100, Math.floor(this.options.leaseTtlMs / 4));
    this.timers = [setInterval(() => void this.tick(), every), setInterval(() => void this.renew(), every)];
    await this.tick();
  }

  /** Runs role changes one after another. */
  private exclusive(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task, task);
    this.queue = run.catch((error: unknown) => this.options.log(`cluster: ${(error as Error).message}`));
    return this.queue;
  }

  private stepDown(reason: string): void {
    void this.exclusive(() => this.demote(reason));
  }

  private record(): HubRecord {
    return {
      hubId: this.options.hubId,
      site: this.options.site,
      url: this.url,
      role: this.current,
      appliedSeq: this.options.core.published.seq,
      at: this.since,
    };
  }

  private async follow(): Promise<void> {
    await this.options.journal.follow((events) => this.options.core.applyStored(events));
  }

  /** A standby tries for the lease (and follows again if following stopped); every hub announces itself. */
  private async tick(): Promise<void> {
    if (this.ticking || this.stopped) return;
    this.ticking = true;
    const { lease, journal, log } = this.options;
    try {
      if (this.current === "standby") {
        await this.exclusive(async () => {
          if (this.current !== "standby" || this.stopped) return;
          if (!journal.isFollowing) await this.follow();
          if (await lease.tryAcquire(this.record()).catch(() => false)) await this.promote();
        });
      }
      await lease.announce(this.record());
      this.primary = await lease.holder();
      this.hubs = await lease.hubs();
      if (this.current === "standby") await journal.refreshStreamEnd();
    } catch (error) {
      log(`cluster: ${(error as Error).message}`);
    } finally {
      this.ticking = false;
    }
  }

  private async renew(): Promise<void> {
    if (this.current !== "primary" || this.renewing || this.stopped) return;
    this.renewing = true;
    let renewed: boolean | null;
    try {
      renewed = await this.options.lease.renew(this.record());
    } catch {
      renewed = null; // NATS did not answer: keep trying while the lease can still be ours
    } finally {
      this.renewing = false;
    }
    // Read after the answer: a renewal that took long must not count from when it was asked.
    const now = Date.now();
    if (renewed) {
      this.lastRenewedMs = now;
      return;
    }
    // Step down before the lease can have expired, so two hubs never both act as primary for long; the
    // stream's write fencing covers the rest.
    const margin = Math.floor(this.options.leaseTtlMs / 4);
    if (renewed === false || now - this.lastRenewedMs > this.options.leaseTtlMs - margin)
      this.stepDown(renewed === false ? "another hub holds the lease" : "the lease could not be renewed");
  }

  private async promote(): Promise<void> {
    const { journal, core, log } = this.options;
    const started = Date.now();
    this.lastRenewedMs = started;
    this.termOpen = true;
    try {
      await journal.startWriting((events) => core.applyStored(events));
      this.current = "primary";
      await this.options.onPromoted();
      log(
        `cluster: primary of site ${this.options.site} from event ${core.published.seq} (${Date.now() - started} ms to take over)`,
      );
    } catch (error) {
      log(`cluster: could not take over: ${(error as Error).message}`);
      await this.demote(`take-over failed: ${(error as Error).message}`);
    }
  }

  /** Once per term: stops the primary's work at once, then gives up the lease and rebuilds from the stream. */
  private async demote(reason: string): Promise<void> {
    if (!this.termOpen) return;
    this.termOpen = false;
    const { journal, core, lease, log } = this.options;
    const wasPrimary = this.current === "primary";
    this.current = "standby";
    // Before anything is awaited, so nothing of the primary's work runs on without a journal to write to.
    journal.stopWriting(reason);
    await this.options.onDemoted(reason);
    if (wasPrimary) log(`cluster: now a standby: ${reason}`);
    if (lease.held) await lease.release().catch(() => undefined);
    // Drops whatever was applied but never stored, and follows the stream from what was.
    core.restore();
    if (!this.stopped) await this.follow();
  }

  /** A planned stop: stores what is in flight, then gives up the lease so a standby takes over at once. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    await this.exclusive(async () => {
      const { journal, core, lease } = this.options;
      if (this.current === "primary") await core.whenDurable(core.state.seq).catch(() => undefined);
      journal.stopWriting("the hub is stopping");
      await lease.release().catch(() => undefined);
      await lease.withdraw(this.options.hubId);
      await journal.close();
    });
  }

  status(): RoleStatus {
    const { journal, core } = this.options;
    return {
      role: this.current,
      hubId: this.options.hubId,
      site: this.options.site,
      primary: this.primary ? { hubId: this.primary.hubId, url: this.primary.url } : null,
      hubs: this.hubs.map(({ hubId, url, role }) => ({ hubId, url, role })),
      replication: {
        backend: "jetstream",
        stream: journal.streamName,
        appliedSeq: core.published.seq,
        lagMessages: this.current === "primary" ? 0 : journal.lagMessages,
        natsConnected: this.options.isConnected(),
      },
    };
  }
}
