import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isEvents, isSnapshot, TestConsole } from "./support/consoleClient";
import {
  AS_DUTY_OFFICER,
  DUTY_OFFICER_HELLO,
  getJson,
  type HubProcess,
  readJson,
  startHubProcess,
  tempDataDir,
} from "./support/hubProcess";
import { ObsStandIn } from "./support/obsStandIn";

let obs: ObsStandIn;
let hub: HubProcess;
const until = async (check: () => Promise<boolean>, timeoutMs = 10_000) => {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 100));
  }
};
const encoder = async (id = "plenary-encoder") => (await getJson(`${hub.url}/api/devices`))[id];

beforeAll(async () => {
  obs = await ObsStandIn.start("studio-secret");
  const event = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../events/gmf-2021.json"), "utf8"));
  for (const device of event.devices) {
    if (device.id === "plenary-encoder") device.obs = { address: obs.address, password: "studio-secret" };
    if (device.id === "plenary-encoder-backup") device.obs = { address: obs.address, password: "wrong" };
  }
  const dataDir = tempDataDir();
  const file = join(dataDir, "event-with-obs.json");
  writeFileSync(file, JSON.stringify(event));
  hub = await startHubProcess(dataDir, ["--event", file]);
});
afterAll(async () => {
  await hub?.stop();
  await obs?.close();
});

describe("an encoder that runs OBS Studio", () => {
  it("is connected through obs-websocket v5 with the password, and shown like any encoder", async () => {
    await until(async () => (await encoder()).connected === true && (await encoder()).status === "ok");
    const device = await encoder();
    expect(device.firmware).toBe("obs-websocket 5.4.2");
    expect(device.state).toMatchObject({ streaming: false, timecode: "00:01:02.000" });
    expect(obs.requests).toContain("GetStreamStatus");
  });

  it("never lets the OBS password out of the hub", async () => {
    for (const path of ["/api/devices", "/api/state"]) {
      const text = await (await fetch(`${hub.url}${path}`)).text();
      expect(text).toContain(obs.address);
      expect(text).not.toContain("studio-secret");
    }
    const client = await TestConsole.connect(hub.url);
    client.send({ type: "hello", since: 0, ...DUTY_OFFICER_HELLO });
    const replay = await client.waitFor(isEvents);
    expect(JSON.stringify(replay)).not.toContain("studio-secret");
    client.send({ type: "hello", ...DUTY_OFFICER_HELLO });
    const snapshot = await client.waitFor(isSnapshot);
    expect(JSON.stringify(snapshot)).not.toContain("studio-secret");
    client.close();
  });

  it("maps stream status to the encoder's state, with a bitrate from the byte count", async () => {
    obs.setStreaming(true);
    obs.stream.skipped = 4;
    await until(async () => (await encoder()).state.bitrateKbps > 1_000);
    const { state } = await encoder();
    expect(state).toMatchObject({ streaming: true, reconnecting: false, skippedFrames: 4 });
    expect(state.totalFrames).toBeGreaterThan(0);
    obs.stream.reconnecting = true;
    await until(async () => (await encoder()).status === "warning");
    obs.stream.reconnecting = false;
  });

  it("takes stop-stream from the console and reports the stream state change as an event", async () => {
    const client = await TestConsole.connect(hub.url);
    client.send({ type: "hello", ...DUTY_OFFICER_HELLO });
    await client.waitFor(isSnapshot);
    const res = await fetch(`${hub.url}/api/devices/plenary-encoder/commands`, {
      method: "POST",
      headers: { "content-type": "application/json", ...AS_DUTY_OFFICER },
      body: JSON.stringify({ name: "stop-stream", args: {} }),
    });
    expect(res.status).toBe(200);
    expect(obs.stream.active).toBe(false);
    const stopped = await client.waitFor(
      (m): m is Extract<typeof m, { type: "events" }> =>
        isEvents(m) && m.events.some((e) => e.type === "device.event" && e.name === "stream-stopped"),
    );
    expect(stopped).toBeDefined();
    const again = await fetch(`${hub.url}/api/devices/plenary-encoder/commands`, {
      method: "POST",
      headers: { "content-type": "application/json", ...AS_DUTY_OFFICER },
      body: JSON.stringify({ name: "stop-stream", args: {} }),
    });
    expect(again.status).toBe(502);
    expect((await readJson(again)).error).toMatch(/already/);
    client.close();
  });

  it("stays disconnected with a wrong password and says why in the log", async () => {
    await until(async () => /obs: plenary-encoder-backup: cannot connect/.test(hub.log()));
    expect(hub.log()).toMatch(
      /plenary-encoder-backup: cannot connect to ws:\/\/127\.0\.0\.1:\d+: Authentication failed/,
    );
    expect((await encoder("plenary-encoder-backup")).connected).toBe(false);
  });

  it("goes offline with an alert when OBS goes away", async () => {
    await obs.close();
    await until(async () => (await encoder()).status === "offline");
    const state = await getJson(`${hub.url}/api/state`);
    expect(state.alerts["device-offline:plenary-encoder"]).toMatchObject({
      severity: "critical",
      resolvedAt: null,
    });
  });
});
