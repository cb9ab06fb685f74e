import { randomBytes, timingSafeEqual } from "node:crypto";
import { type KV, Kvm, type KvWatchEntry } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/transport-node";
import { type DeviceTokenStore, hashDeviceToken } from "../devices/deviceTokens";

interface StoredToken {
  /** SHA-256 of the token, base64: the token itself is never stored. */
  hash: string;
  issuedAt: string;
}

/** Device ids may hold characters a key may not; hex keeps every id a valid key. */
const keyOf = (deviceId: string) => Buffer.from(deviceId, "utf8").toString("hex");
const idOf = (key: string) => Buffer.from(key, "hex").toString("utf8");

/**
 * Device tokens for a site of several hubs: hashes in a replicated key-value bucket, so a device that
 * was provisioned on one hub is admitted by whichever hub is primary after a take-over. Every hub keeps
 * the bucket's contents in memory (watched), so admitting a device never waits on the network.
 */
export class KvDeviceTokens implements DeviceTokenStore {
  private readonly tokens = new Map<string, StoredToken>();
  private writes: Promise<unknown> = Promise.resolve();
  private changed = false;
  private stopWatching: (() => void) | null = null;

  private constructor(private readonly kv: KV) {}

  static async open(nc: NatsConnection, site: string, replicas: number): Promise<KvDeviceTokens> {
    const kv = await new Kvm(nc).create(`venue-ops-${site}-device-tokens`, { history: 1, replicas });
    const store = new KvDeviceTokens(kv);
    // The watch delivers every key's last value first (`delta` counts down to 0), then each change.
    const empty = (await kv.status()).values === 0;
    const watch = await kv.watch();
    store.stopWatching = () => watch.stop();
    await new Promise<void>((loaded) => {
      if (empty) loaded();
      void (async () => {
        for await (const entry of watch) {
          store.applyRemote(entry);
          if (entry.delta === 0) loaded();
        }
      })();
    });
    store.changed = false;
    return store;
  }

  private applyRemote(entry: KvWatchEntry): void {
    const deviceId = idOf(entry.key);
    const known = this.tokens.get(deviceId);
    if (entry.operation === "PUT") {
      const stored = entry.json<StoredToken>();
      if (known?.hash === stored.hash) return;
      this.tokens.set(deviceId, stored);
    } else {
      if (!known) return;
      this.tokens.delete(deviceId);
    }
    this.changed = true;
  }

  issue(deviceId: string, now: Date): string {
    const token = randomBytes(32).toString("base64url");
    const stored: StoredToken = {
      hash: hashDeviceToken(token).toString("base64"),
      issuedAt: now.toISOString(),
    };
    const previous = this.tokens.get(deviceId);
    this.tokens.set(deviceId, stored);
    this.write(
      () => this.kv.put(keyOf(deviceId), JSON.stringify(stored)),
      () => this.restore(deviceId, previous),
    );
    return token;
  }

  revoke(deviceId: string): boolean {
    const previous = this.tokens.get(deviceId);
    if (!this.tokens.delete(deviceId)) return false;
    this.write(
      () => this.kv.delete(keyOf(deviceId)),
      () => this.restore(deviceId, previous),
    );
    return true;
  }

  /**
   * Writes go out in order; one the bucket did not take is undone here too (the other hubs never saw it),
   * and `settled` reports the failure to whoever waits for it.
   */
  private write(put: () => Promise<unknown>, undo: () => void): void {
    const attempt = () =>
      put().catch((error: unknown) => {
        undo();
        throw error;
      });
    this.writes = this.writes.then(attempt, attempt);
  }

  private restore(deviceId: string, previous: StoredToken | undefined): void {
    if (previous) this.tokens.set(deviceId, previous);
    else this.tokens.delete(deviceId);
  }

  verify(deviceId: string, token: string): boolean {
    const stored = this.tokens.get(deviceId);
    if (!stored) return false;
    return timingSafeEqual(Buffer.from(stored.hash, "base64"), hashDeviceToken(token));
  }

  issuedAt(deviceId: string): string | null {
    return this.tokens.get(deviceId)?.issuedAt ?? null;
  }

  changedElsewhere(): boolean {
    const changed = this.changed;
    this.changed = false;
    return changed;
  }

  async settled(): Promise<void> {
    await this.writes;
  }

  close(): void {
    this.stopWatching?.();
  }
}
