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
 */
export class ClusterRole implements HubRoleView {
  private current: "primary" | "standby" = "standby";
  private url = "";
  private timer: ReturnType<typeof setInterval> | null = null;
  private busy = false;
  private lastRenewedMs = 0;
  private primary: HubRecord | null = null;
  private hubs: HubRecord[] = [];
  private stopped = false;
  private readonly since = new Date().toISOString();

  constructor(private readonly options: ClusterRoleOptions) {
    options.journal.onFailure((error) => {
      if (this.current === "primary") void this.demote(error.message);
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
    const tick = Math.max(100, Math.floor(this.options.leaseTtlMs / 4));
    this.timer = setInterval(() => void this.tick(), tick);
    await this.tick();
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

  private async tick(): Promise<void> {
    if (this.busy || this.stopped) return;
    this.busy = true;
    const { lease, log } = this.options;
    try {
      if (this.current === "primary") await this.renew();
      else if (await lease.tryAcquire(this.record()).catch(() => false)) await this.promote();
      await lease.announce(this.record());
      this.primary = await lease.holder();
      this.hubs = await lease.hubs();
      if (this.current === "standby") await this.options.journal.refreshStreamEnd();
    } catch (error) {
      log(`cluster: ${(error as Error).message}`);
    } finally {
      this.busy = false;
    }
  }

  private async renew(): Promise<void> {
    const now = Date.now();
    let renewed: boolean | null;
    try {
      renewed = await this.options.lease.renew(this.record());
    } catch {
      renewed = null; // NATS did not answer: keep trying while the lease can still be ours
    }
    if (renewed) {
      this.lastRenewedMs = now;
      return;
    }
    // Step down before the lease can have expired, so two hubs never both act as primary for long; the
    // stream's write fencing covers the rest.
    const margin = Math.floor(this.options.leaseTtlMs / 4);
    if (renewed === false || now - this.lastRenewedMs > this.options.leaseTtlMs - margin)
      await this.demote(renewed === false ? "another hub holds the lease" : "the lease could not be renewed");
  }

  private async promote(): Promise<void> {
    const { journal, core, log } = this.options;
    const started = Date.now();
    try {
      await journal.startWriting((events) => core.applyStored(events));
      this.current = "primary";
      this.lastRenewedMs = Date.now();
      await this.options.onPromoted();
      log(
        `cluster: primary of site ${this.options.site} from event ${core.published.seq} (${Date.now() - started} ms to take over)`,
      );
    } catch (error) {
      log(`cluster: could not take over: ${(error as Error).message}`);
      await this.demote(`take-over failed: ${(error as Error).message}`);
    }
  }

  private async demote(reason: string): Promise<void> {
    const { journal, core, lease, log } = this.options;
    const wasPrimary = this.current === "primary";
    this.current = "standby";
    journal.stopWriting(reason);
    if (lease.held) await lease.release();
    if (wasPrimary) log(`cluster: now a standby: ${reason}`);
    await this.options.onDemoted(reason);
    // Drops whatever was applied but never stored, and follows the stream from what was.
    core.restore();
    if (!this.stopped) await this.follow();
  }

  /** A planned stop: stores what is in flight, then gives up the lease so a standby takes over at once. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    const { journal, core, lease } = this.options;
    if (this.current === "primary") await core.whenDurable(core.state.seq).catch(() => undefined);
    journal.stopWriting("the hub is stopping");
    await lease.release();
    await lease.withdraw(this.options.hubId);
    await journal.close();
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
