import type { DeviceTelemetryView } from "../../../shared/protocol/consoleProtocol";

/** What the hub holds about a device beyond the journal: high-rate, in memory only. */
interface DeviceTelemetry {
  state: Record<string, unknown>;
  lastSeenMs: number;
  /** Round trip of the last transport ping (or OBS request), when one has come back. */
  latencyMs: number | null;
}

/**
 * Devices' latest state, last frame and latency. Listeners hear which device changed and coalesce;
 * a frame that only proves the device is alive updates `lastSeenMs` without telling anyone.
 */
export class TelemetryStore {
  private readonly entries = new Map<string, DeviceTelemetry>();
  private readonly listeners = new Set<(deviceId: string) => void>();

  onChange(listener: (deviceId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(deviceId: string): void {
    for (const listener of this.listeners) listener(deviceId);
  }

  /** A new connection starts from an empty state. */
  reset(deviceId: string, now: number): void {
    this.entries.set(deviceId, { state: {}, lastSeenMs: now, latencyMs: null });
    this.changed(deviceId);
  }

  seen(deviceId: string, now: number): void {
    const entry = this.entries.get(deviceId);
    if (entry) entry.lastSeenMs = now;
  }

  /** Merges reported fields and returns the device's whole state, or null for an unknown device. */
  merge(deviceId: string, data: Record<string, unknown>): Record<string, unknown> | null {
    const entry = this.entries.get(deviceId);
    if (!entry) return null;
    entry.state = { ...entry.state, ...data };
    this.changed(deviceId);
    return entry.state;
  }

  latency(deviceId: string, ms: number): void {
    const entry = this.entries.get(deviceId);
    if (!entry) return;
    entry.latencyMs = ms;
    this.changed(deviceId);
  }

  ids(): Iterable<string> {
    return this.entries.keys();
  }

  view(deviceId: string, connected: boolean): DeviceTelemetryView {
    const entry = this.entries.get(deviceId);
    return {
      connected,
      state: entry?.state ?? {},
      lastFrameAt: entry ? new Date(entry.lastSeenMs).toISOString() : null,
      latencyMs: entry?.latencyMs ?? null,
    };
  }
}
