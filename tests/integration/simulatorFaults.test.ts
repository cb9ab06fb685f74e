import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVICE_TOKENS_FILE, DeviceTokens } from "../../electron/hub/devices/deviceTokens";
import { type RunningSimulator, startSimulator } from "../../electron/hub/simulator/simulator";
import { getJson, type HubProcess, startHubProcess, tempDataDir } from "./support/hubProcess";

let hub: HubProcess;
let simulator: RunningSimulator;

beforeAll(async () => {
  const dataDir = tempDataDir();
  hub = await startHubProcess(dataDir, ["--demo", "--no-simulator"]);
  const store = new DeviceTokens(join(dataDir, DEVICE_TOKENS_FILE));
  const tokens = new Map([["plenary-encoder", store.issue("plenary-encoder", new Date())]]);
  store.close();
  simulator = await startSimulator({ hubUrl: hub.url, tokens, log: () => undefined });
  const start = Date.now();
  while (!simulator.devices[0]?.online && Date.now() - start < 10_000)
    await new Promise((r) => setTimeout(r, 50));
});
afterAll(async () => {
  simulator?.stop();
  await hub?.stop();
});

describe("simulator faults (--faults)", () => {
  it("a runaway flood is cut off by the hub with 4429 and the device comes back by itself", async () => {
    const device = simulator.devices[0];
    expect(device?.online).toBe(true);
    const connectsBefore = device?.connects ?? 0;
    device?.injectFault("flood");
    const deadline = Date.now() + 20_000;
    while ((device?.connects ?? 0) === connectsBefore && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(device?.connects).toBe(connectsBefore + 1);
    const alert = (await getJson(`${hub.url}/api/state`)).alerts["device-offline:plenary-encoder"];
    expect(alert.message).toBe("connection closed (4429)");
    expect(alert.resolvedAt).not.toBeNull();
  });

  it("a malformed frame is answered with bad_message and changes nothing", async () => {
    const device = simulator.devices[0];
    const settle = Date.now() + 10_000;
    // After the reconnect of the previous test, wait for the device's first state (initializing → ok).
    while (
      (await getJson(`${hub.url}/api/devices`))["plenary-encoder"].status !== "ok" &&
      Date.now() < settle
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const before = (await getJson(`${hub.url}/api/devices`))["plenary-encoder"];
    const repliesBefore = device?.badMessages ?? 0;
    device?.injectFault("bad-frame");
    const deadline = Date.now() + 5_000;
    while ((device?.badMessages ?? 0) === repliesBefore && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(device?.badMessages).toBe(repliesBefore + 1);
    const after = (await getJson(`${hub.url}/api/devices`))["plenary-encoder"];
    expect(after.connected).toBe(true);
    expect(after.status).toBe(before.status);
  });
});
