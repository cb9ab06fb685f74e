import { jetstream } from "@nats-io/jetstream";
import { type KV, Kvm } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/transport-node";
import { siteNames } from "./siteNames";

/** What a hub tells the others about itself, and what the lease names as the primary. */
export interface HubRecord {
  hubId: string;
  site: string;
  url: string;
  role: "primary" | "standby";
  /** The last journal event it has applied. */
  appliedSeq: number;
  at: string;
}

const isConflict = (error: unknown) => /wrong last sequence/i.test((error as Error).message);

/** Only a plain http(s) address is taken from the bucket: it ends up in headers and in consoles' links. */
const HUB_URL = /^https?:\/\/[A-Za-z0-9.\-[\]:]+$/;
const asRecord = (value: unknown): HubRecord | null => {
  const record = value as HubRecord | null;
  return record &&
    typeof record.hubId === "string" &&
    typeof record.url === "string" &&
    HUB_URL.test(record.url)
    ? record
    : null;
};

/**
 * The primary's lease: one key in a JetStream key-value bucket whose entries expire after a time to
 * live. Whoever creates the key is primary; it keeps the key alive by updating it at the revision it
 * last wrote (compare-and-set), so a hub that lost the key can never renew it by mistake. When the
 * primary stops renewing, the key expires and the first standby to create it takes over. The same
 * bucket holds each hub's address, which is how consoles and devices learn every hub of the site.
 */
export class PrimaryLease {
  private revision: number | null = null;
  private readonly names: ReturnType<typeof siteNames>;

  private constructor(
    private readonly kv: KV,
    site: string,
  ) {
    this.names = siteNames(site);
  }

  /** The bucket keeps the time to live it was created with; `ttlMs` reports what is in force. */
  static async open(
    nc: NatsConnection,
    site: string,
    ttlMs: number,
    replicas: number,
  ): Promise<{ lease: PrimaryLease; ttlMs: number }> {
    // Made (or found) with the client's usual patience: at start-up the cluster may still be electing.
    const name = siteNames(site).hubsBucket;
    const made = await new Kvm(nc).create(name, { ttl: ttlMs, history: 1, replicas });
    const inForce = (await made.status()).ttl;
    // The lease's own requests give up well inside its time to live, so a slow answer never hides that it lapsed.
    const timeout = Math.min(2_000, Math.max(500, Math.floor(ttlMs / 3)));
    const kv = await new Kvm(jetstream(nc, { timeout })).open(name, { bindOnly: true }).catch(() => made);
    return { lease: new PrimaryLease(kv, site), ttlMs: inForce > 0 ? inForce : ttlMs };
  }

  get held(): boolean {
    return this.revision !== null;
  }

  /** True if this hub now holds the lease; false if another hub does. */
  async tryAcquire(record: HubRecord): Promise<boolean> {
    try {
      this.revision = await this.kv.create(this.names.primaryKey, JSON.stringify(record));
      return true;
    } catch (error) {
      if (!isConflict(error)) throw error;
      // Created by an attempt whose answer was lost: it is ours.
      this.revision = await this.ownRevision(record.hubId);
      return this.revision !== null;
    }
  }

  /** The key's revision if it names this hub, else null. */
  private async ownRevision(hubId: string): Promise<number | null> {
    const entry = await this.kv.get(this.names.primaryKey);
    return entry?.operation === "PUT" && entry.json<HubRecord>().hubId === hubId ? entry.revision : null;
  }

  /** True if renewed; false if another hub holds it now. Throws when NATS did not answer (try again). */
  async renew(record: HubRecord, retried = false): Promise<boolean> {
    if (this.revision === null) return false;
    try {
      this.revision = await this.kv.update(this.names.primaryKey, JSON.stringify(record), this.revision);
      return true;
    } catch (error) {
      if (!isConflict(error)) throw error;
      // A renewal whose answer was lost (a NATS node stopping) was stored all the same: the key is
      // still ours at a newer revision, which is taken up rather than mistaken for another hub's.
      const ours = retried ? null : await this.ownRevision(record.hubId);
      if (ours !== null) {
        this.revision = ours;
        return this.renew(record, true);
      }
      this.revision = null;
      return false;
    }
  }

  /** Gives the lease up at once (a planned stop), so a standby need not wait for it to expire. */
  async release(): Promise<void> {
    const revision = this.revision;
    this.revision = null;
    if (revision === null) return;
    await this.kv.delete(this.names.primaryKey, { previousSeq: revision }).catch(() => undefined);
  }

  /** Forgets the lease without touching it (after a demotion the key may already be someone else's). */
  forget(): void {
    this.revision = null;
  }

  async holder(): Promise<HubRecord | null> {
    const entry = await this.kv.get(this.names.primaryKey);
    if (entry?.operation !== "PUT") return null;
    return asRecord(entry.json<unknown>());
  }

  /** Publishes this hub's address and role; it expires with the bucket's time to live unless renewed. */
  async announce(record: HubRecord): Promise<void> {
    await this.kv.put(this.names.hubKey(record.hubId), JSON.stringify(record));
  }

  async withdraw(hubId: string): Promise<void> {
    await this.kv.delete(this.names.hubKey(hubId)).catch(() => undefined);
  }

  /** Every hub of the site that announced itself within the time to live. */
  async hubs(): Promise<HubRecord[]> {
    const records: HubRecord[] = [];
    for await (const key of await this.kv.keys(this.names.hubKeysOf)) {
      const entry = await this.kv.get(key);
      const record = entry?.operation === "PUT" ? asRecord(entry.json<unknown>()) : null;
      if (record) records.push(record);
    }
    return records.sort((a, b) => a.hubId.localeCompare(b.hubId));
  }
}
