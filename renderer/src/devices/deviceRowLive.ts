import type { DeviceLive } from "../../../shared/live/liveState";
import type { DeviceTelemetryView } from "../../../shared/protocol/consoleProtocol";
import { type AgoParts, agoParts } from "../format/relativeTime";
import type { HubState } from "../state/hubStore";

/**
 * What a row of the devices table shows of a device's live data, and nothing more: a device's frames
 * change its telemetry many times a second, but the row redraws only when one of these values changes.
 */
export interface DeviceRowLive {
  connected: boolean;
  /** The hub says the device went quiet. */
  quiet: boolean;
  /** Its last values may be out of date: quiet, not connected, or our own link is down. */
  stale: boolean;
  /** Rounded to the millisecond shown. */
  latencyMs: number | null;
  firmware: string | null;
  /** How long ago it was last seen, as shown; null: never. */
  ago: AgoParts | null;
}

/** Hub wall time of the device's last frame or journaled change. */
export function lastSeenOf(
  live: DeviceLive | undefined,
  telemetry: DeviceTelemetryView | undefined,
): string | null {
  return telemetry?.lastFrameAt ?? live?.lastSeen ?? null;
}

/** The row's values for one device; `hubNowMs` is the hub's wall clock (the ages are the hub's times). */
export function deviceRowLive(
  live: DeviceLive | undefined,
  telemetry: DeviceTelemetryView | undefined,
  linkUp: boolean,
  hubNowMs: number,
): DeviceRowLive {
  const connected = telemetry?.connected ?? false;
  const lastSeen = lastSeenOf(live, telemetry);
  const latency = telemetry?.latencyMs ?? null;
  return {
    connected,
    quiet: live?.stale === true,
    stale: live?.stale === true || !connected || !linkUp,
    latencyMs: latency === null ? null : Math.round(latency),
    firmware: live?.firmware ?? null,
    ago: lastSeen ? agoParts(Date.parse(lastSeen), hubNowMs) : null,
  };
}

export function sameRowLive(a: DeviceRowLive, b: DeviceRowLive): boolean {
  return (
    a.connected === b.connected &&
    a.quiet === b.quiet &&
    a.stale === b.stale &&
    a.latencyMs === b.latencyMs &&
    a.firmware === b.firmware &&
    (a.ago === b.ago ||
      (a.ago !== null && b.ago !== null && a.ago.value === b.ago.value && a.ago.unit === b.ago.unit))
  );
}

/**
 * A snapshot function for useSyncExternalStore: the row's values, the same object as long as they do not
 * change. It recomputes only when the device's own data, the link, the clock offset or the tick changed,
 * so the hub's updates about other devices cost each row a few comparisons.
 */
export function rowLiveSnapshot(
  deviceId: string,
  hub: () => HubState,
  clockNow: () => number,
): () => DeviceRowLive {
  let live: DeviceLive | undefined;
  let telemetry: DeviceTelemetryView | undefined;
  let link: HubState["link"] | undefined;
  let offsetMs = 0;
  let nowMs = 0;
  let last: DeviceRowLive | null = null;
  return () => {
    const s = hub();
    const nextLive = s.live?.devices[deviceId];
    const nextTelemetry = s.telemetry[deviceId];
    const nextNow = clockNow();
    if (
      last &&
      nextLive === live &&
      nextTelemetry === telemetry &&
      s.link === link &&
      s.serverOffsetMs === offsetMs &&
      nextNow === nowMs
    )
      return last;
    live = nextLive;
    telemetry = nextTelemetry;
    link = s.link;
    offsetMs = s.serverOffsetMs;
    nowMs = nextNow;
    const value = deviceRowLive(live, telemetry, link === "connected", nowMs + offsetMs);
    if (!last || !sameRowLive(last, value)) last = value;
    return last;
  };
}
