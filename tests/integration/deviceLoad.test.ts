import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { DEVICE_TOKENS_FILE, DeviceTokens } from "../../electron/hub/devices/deviceTokens";
import { startSimulator } from "../../electron/hub/simulator/simulator";
import { getJson, type HubProcess, startHubProcess, tempDataDir } from "./support/hubProcess";
import { TestDevice } from "./support/testDevice";

const DEVICES = 500;

/** The bundled event with synthetic room controllers added until it has DEVICES devices. */
function eventWithDevices(dataDir: string): { file: string; ids: string[] } {
  const event = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../events/gmf-2021.json"), "utf8"));
  const rooms: string[] = event.venue.rooms.map((r: { id: string }) => r.id);
  for (let i = event.devices.length; i < DEVICES; i++) {
    event.devices.push({
      id: `synthetic-${i}`,
      kind: "room-controller",
      roomId: rooms[i % rooms.length],
      required: false,
    });
  }
  const file = join(dataDir, "event-500.json");
  writeFileSync(file, JSON.stringify(event));
  return { file, ids: event.devices.map((d: { id: string }) => d.id) };
}

/** Devices online now; a poll that fails while the hub is busy re-admitting them counts as none yet. */
const connectedCount = async (hub: HubProcess) => {
  try {
    return Object.values(await getJson(`${hub.url}/api/devices`)).filter((d: any) => d.connected).length;
  } catch {
    return 0;
  }
};

async function waitAll(hub: HubProcess, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while ((await connectedCount(hub)) < DEVICES) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`only ${await connectedCount(hub)} of ${DEVICES} online`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return Date.now() - started;
}

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

describe("devices under load", () => {
  it(`brings ${DEVICES} devices back online by themselves after the hub is killed`, async () => {
    const dataDir = tempDataDir();
    const { file, ids } = eventWithDevices(dataDir);
    let hub = await startHubProcess(dataDir, ["--event", file]);
    const port = new URL(hub.url).port;
    const store = new DeviceTokens(join(dataDir, DEVICE_TOKENS_FILE));
    const tokens = new Map(ids.map((id) => [id, store.issue(id, new Date())]));
    store.close();
    const simulator = await startSimulator({ hubUrl: hub.url, tokens, log: () => undefined });
    try {
      const firstConnect = await waitAll(hub, 60_000);
      await hub.kill();
      hub = await startHubProcess(dataDir, ["--event", file, "--port", port]);
      const reconnect = await waitAll(hub, 60_000);
      console.log(
        `${DEVICES} devices: first connect ${firstConnect} ms, back online after a SIGKILL in ${reconnect} ms`,
      );
      expect(await connectedCount(hub)).toBe(DEVICES);
    } finally {
      simulator.stop();
      await hub.stop();
    }
  });

  it("keeps the hub's memory bounded while a device sends garbage for a minute", async () => {
    const dataDir = tempDataDir();
    const hub = await startHubProcess(dataDir, ["--no-simulator", "--demo"]);
    // Also when an assertion fails: a hub left running would outlive the test run.
    onTestFinished(() => hub.kill());
    const store = new DeviceTokens(join(dataDir, DEVICE_TOKENS_FILE));
    const token = store.issue("plenary-encoder", new Date());
    store.close();
    const pid = hub.process.pid ?? 0;
    const junk = JSON.stringify({ type: "state", data: { bitrateKbps: "x".repeat(60_000) } });
    let errors = 0;
    let closes = 0;
    const until = Date.now() + 60_000;
    let baseline = 0;
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(rssKb(pid)), 5_000);
    while (Date.now() < until) {
      const device = await TestDevice.connect(hub.url, "plenary-encoder", "encoder", token);
      // Garbage as fast as the hub will take it: invalid JSON, binary, wrong schema, nearly 64 KiB each.
      while (device.socket.readyState === device.socket.OPEN && Date.now() < until) {
        device.send(junk);
        device.send("{garbage");
        device.socket.send(Buffer.alloc(1024));
        await new Promise((r) => setImmediate(r));
      }
      errors += device.frames.filter((f) => f.type === "error").length;
      closes += 1;
      device.socket.terminate();
      if (baseline === 0) baseline = rssKb(pid);
    }
    clearInterval(sampler);
    samples.push(rssKb(pid));
    // A leak raises the floor the garbage collector comes back down to; single samples ride its sawtooth
    // (tens of MiB here), so the lowest of the last third is compared with the lowest of the middle third.
    const third = Math.max(1, Math.floor(samples.length / 3));
    const floor = (from: number, to: number) => Math.min(...samples.slice(from, to));
    const middleFloor = floor(third, 2 * third);
    const lastFloor = floor(samples.length - third, samples.length);
    console.log(
      `garbage for 60 s: ${errors} bad_message replies, ${closes} connections closed; ` +
        `hub RSS (kB) every 5 s: ${baseline} → ${samples.join(", ")}`,
    );
    expect(errors).toBeGreaterThan(20);
    // Bounded: after the first third (heap warm-up), RSS stops climbing.
    expect(lastFloor - middleFloor).toBeLessThan(32 * 1024);
    expect((await fetch(`${hub.url}/api/health`)).status).toBe(200);
    await hub.stop();
  }, 120_000);
});
