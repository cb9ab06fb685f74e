import { expect, it } from "vitest";
import type { DeviceLive } from "../../../shared/live/liveState";
import type { DeviceTelemetryView } from "../../../shared/protocol/consoleProtocol";
import { type HubState, initialHubState } from "../state/hubStore";
import { deviceRowLive, rowLiveSnapshot } from "./deviceRowLive";

const NOW = Date.parse("2021-11-08T01:00:00Z");
const at = (msAgo: number) => new Date(NOW - msAgo).toISOString();
const live = (change: Partial<DeviceLive> = {}): DeviceLive => ({
  status: "ok",
  lastSeen: at(60_000),
  firmware: "1.2.0",
  stale: false,
  ...change,
});
const telemetry = (change: Partial<DeviceTelemetryView> = {}): DeviceTelemetryView => ({
  connected: true,
  state: {},
  lastFrameAt: at(2_000),
  latencyMs: 12.4,
  ...change,
});

it("keeps what the row shows: connection, staleness, rounded latency, firmware and age", () => {
  expect(deviceRowLive(live(), telemetry(), true, NOW)).toEqual({
    connected: true,
    quiet: false,
    stale: false,
    latencyMs: 12,
    firmware: "1.2.0",
    ago: { value: 2, unit: "second" },
  });
  // Quiet, not connected, or our own link down: stale.
  expect(deviceRowLive(live({ stale: true }), telemetry(), true, NOW)).toMatchObject({
    quiet: true,
    stale: true,
  });
  expect(deviceRowLive(live(), telemetry({ connected: false }), true, NOW).stale).toBe(true);
  expect(deviceRowLive(live(), telemetry(), false, NOW).stale).toBe(true);
  // No telemetry: the journaled last-seen time; nothing at all: never seen.
  expect(deviceRowLive(live(), undefined, true, NOW)).toMatchObject({
    connected: false,
    latencyMs: null,
    ago: { value: 1, unit: "minute" },
  });
  expect(deviceRowLive(undefined, undefined, true, NOW)).toMatchObject({ ago: null, firmware: null });
});

it("gives the same object while the row's values stay the same, whatever else changes", () => {
  let state: HubState = {
    ...initialHubState,
    link: "connected",
    telemetry: { a: telemetry(), b: telemetry() },
  };
  let clock = NOW;
  const snapshot = rowLiveSnapshot(
    "a",
    () => state,
    () => clock,
  );
  const first = snapshot();
  expect(snapshot()).toBe(first);
  // Another device's frame.
  state = { ...state, telemetry: { ...state.telemetry, b: telemetry({ latencyMs: 40 }) } };
  expect(snapshot()).toBe(first);
  // A frame of its own that changes nothing shown (new state, latency within the same millisecond).
  state = { ...state, telemetry: { ...state.telemetry, a: telemetry({ state: { x: 1 }, latencyMs: 12.2 }) } };
  expect(snapshot()).toBe(first);
  // A tick that changes its age, then a change of latency: new values.
  clock = NOW + 5_000;
  const older = snapshot();
  expect(older).not.toBe(first);
  expect(older.ago).toEqual({ value: 7, unit: "second" });
  state = { ...state, telemetry: { ...state.telemetry, a: telemetry({ latencyMs: 30 }) } };
  expect(snapshot().latencyMs).toBe(30);
  // The link drops: stale.
  state = { ...state, link: "reconnecting" };
  expect(snapshot().stale).toBe(true);
});
