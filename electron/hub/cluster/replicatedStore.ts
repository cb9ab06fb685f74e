import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { join } from "node:path";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { HubCore } from "../core/hubCore";
import { SqliteJournal } from "../journal/sqliteJournal";
import { ClusterRole, type ClusterRoleOptions } from "./clusterRole";
import { JetStreamJournal } from "./jetStreamJournal";
import { KvDeviceTokens } from "./kvDeviceTokens";
import { PrimaryLease } from "./primaryLease";
import { RemoteSite } from "./remoteSite";
import { SITE_NAME } from "./siteNames";

export const DEFAULT_SITE = "main";
/** The primary renews its lease four times per time to live; a standby takes over after it expires. */
export const DEFAULT_LEASE_TTL_MS = 3_000;

export interface ReplicatedStoreOptions {
  /** `nats://HOST:PORT[,HOST:PORT...]`, as given to `--journal`. */
  journal: string;
  dataDir: string;
  site?: string;
  hubId?: string;
  leaseTtlMs?: number;
  /** Stream replicas; by default 3 when the server is in a cluster of 3 or more, else 1. */
  replicas?: number;
  /** Other sites (each a JetStream domain of its own) whose journals this site mirrors and shows. */
  remoteSites?: readonly string[];
  log: (line: string) => void;
}

export class JournalAddressError extends Error {}

/** How long a starting hub waits for JetStream to answer (a cluster still electing leaders after a restart). */
const START_PATIENCE_MS = 60_000;

/** Runs a JetStream step, again and again while JetStream does not answer yet, for up to a minute. */
async function whenAnswered<T>(
  what: string,
  log: (line: string) => void,
  step: () => Promise<T>,
): Promise<T> {
  const giveUpAt = Date.now() + START_PATIENCE_MS;
  for (;;) {
    try {
      return await step();
    } catch (error) {
      const message = (error as Error).message;
      if (!/timeout|no responders|503|unavailable/i.test(message) || Date.now() > giveUpAt) throw error;
      log(`journal: waiting for JetStream to answer about ${what} (${message})`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

/** `nats://a:4222,b:4222` or `nats://a:4222,nats://b:4222` → the servers to try. */
export function parseJournalAddress(address: string): string[] {
  const servers = address
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => (part.includes("://") ? part : `nats://${part}`));
  if (servers.length === 0) throw new JournalAddressError("--journal: no NATS server given");
  for (const server of servers) {
    let url: URL;
    try {
      url = new URL(server);
    } catch {
      throw new JournalAddressError(`--journal: "${server}" is not a server address`);
    }
    if (url.protocol !== "nats:" && url.protocol !== "tls:")
      throw new JournalAddressError(`--journal: "${server}" must start with nats:// (or tls://)`);
    if (!url.port)
      throw new JournalAddressError(`--journal: "${server}" needs a port, e.g. nats://host:4222`);
  }
  return servers;
}

export interface ReplicatedStore {
  nc: NatsConnection;
  core: HubCore;
  journal: JetStreamJournal;
  /** This hub's local copy of the stream (also what the hourly backup copies). */
  replica: SqliteJournal;
  tokens: KvDeviceTokens;
  lease: PrimaryLease;
  remotes: RemoteSite[];
  hubId: string;
  site: string;
  leaseTtlMs: number;
  role(callbacks: Pick<ClusterRoleOptions, "onPromoted" | "onDemoted">): ClusterRole;
  close(): Promise<void>;
}

/** Connects to NATS, brings the local replica up to the stream and restores the state from it. */
export async function openReplicatedStore(options: ReplicatedStoreOptions): Promise<ReplicatedStore> {
  const servers = parseJournalAddress(options.journal);
  const site = options.site ?? DEFAULT_SITE;
  if (!SITE_NAME.test(site))
    throw new JournalAddressError(`--site: "${site}" must be lowercase letters, digits and dashes`);
  const hubId = options.hubId ?? `${hostname().split(".")[0]}-${randomBytes(2).toString("hex")}`;
  const leaseTtlMs = options.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS;
  const { log } = options;
  let nc: NatsConnection;
  try {
    nc = await connect({
      servers,
      name: `venue-ops hub ${hubId}`,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      pingInterval: 2_000,
      timeout: 5_000,
    });
  } catch (error) {
    throw new JournalAddressError(
      `no NATS server answers at ${servers.join(", ")} (${(error as Error).message})`,
    );
  }
  let connected = true;
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === "disconnect") connected = false;
      if (status.type === "reconnect") connected = true;
      if (status.type === "disconnect" || status.type === "reconnect")
        log(`nats: ${status.type} ${"server" in status ? status.server : ""}`.trim());
    }
  })();
  // The servers a client is told about (this one included): three or more can hold three replicas.
  const known = new Set(nc.info?.connect_urls ?? []).size;
  const replicas = options.replicas ?? (nc.info?.cluster && known >= 3 ? 3 : 1);
  const replica = SqliteJournal.open(join(options.dataDir, `replica-${site}.sqlite`));
  try {
    const journal = await whenAnswered("the journal stream", log, () =>
      JetStreamJournal.open({ nc, site, replicas, replica, log }),
    );
    const core = new HubCore(journal);
    const started = Date.now();
    const restored = core.restore();
    log(
      `journal: stream ${journal.streamName} (${replicas} ${replicas === 1 ? "replica" : "replicas"}), ` +
        `restored ${restored.fromSnapshot} events from a snapshot and replayed ${restored.replayed} in ${Date.now() - started} ms`,
    );
    const opened = await whenAnswered("the lease bucket", log, () =>
      PrimaryLease.open(nc, site, leaseTtlMs, replicas),
    );
    const { lease } = opened;
    if (opened.ttlMs !== leaseTtlMs)
      log(
        `cluster: the lease's time to live is ${opened.ttlMs} ms, set when the bucket was created; ` +
          `${leaseTtlMs} ms was asked for (see docs/DEPLOYMENT.md to change it)`,
      );
    const tokens = await whenAnswered("the device token bucket", log, () =>
      KvDeviceTokens.open(nc, site, replicas),
    );
    const remotes: RemoteSite[] = [];
    for (const remote of options.remoteSites ?? []) {
      if (!SITE_NAME.test(remote) || remote === site)
        throw new JournalAddressError(`--remote-site: "${remote}" is not another site's name`);
      remotes.push(
        await whenAnswered(`site ${remote}'s mirror`, log, () => RemoteSite.open(nc, remote, replicas, log)),
      );
    }
    return {
      nc,
      core,
      journal,
      replica,
      tokens,
      lease,
      remotes,
      hubId,
      site,
      leaseTtlMs: opened.ttlMs,
      role: (callbacks) =>
        new ClusterRole({
          core,
          journal,
          lease,
          hubId,
          site,
          leaseTtlMs: opened.ttlMs,
          isConnected: () => connected,
          log,
          ...callbacks,
        }),
      close: async () => {
        for (const remote of remotes) await remote.close();
        tokens.close();
        await nc.drain().catch(() => undefined);
      },
    };
  } catch (error) {
    replica.close();
    await nc.close();
    throw error;
  }
}
