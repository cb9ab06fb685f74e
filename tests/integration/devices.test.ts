import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AS_DUTY_OFFICER,
  getJson,
  type HubProcess,
  readJson,
  runCli,
  startHubProcess,
  tempDataDir,
} from "./support/hubProcess";
import { TestDevice } from "./support/testDevice";

const HEARTBEAT_MS = 300;
let hub: HubProcess;
let dataDir: string;
const tokens = new Map<string, string>();

async function token(deviceId: string): Promise<string> {
  const { code, stdout, stderr } = await runCli(["device-token", deviceId, "--data-dir", dataDir]);
  expect(code, stderr).toBe(0);
  const value = stdout.trim();
  tokens.set(deviceId, value);
  return value;
}

const deviceState = async (id: string) => (await getJson(`${hub.url}/api/state`)).devices[id];
const until = async (check: () => Promise<boolean>, timeoutMs = 5_000) => {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 50));
  }
};

beforeAll(async () => {
  dataDir = tempDataDir();
  hub = await startHubProcess(dataDir, [
    "--demo",
    "--no-simulator",
    "--device-heartbeat-ms",
    String(HEARTBEAT_MS),
  ]);
  // Provisioned with the command line while the hub runs on the same data dir.
  for (const id of [
    "plenary-room-controller",
    "plenary-encoder",
    "plenary-stage-timer",
    "meeting-1-room-controller",
  ]) {
    await token(id);
  }
});
afterAll(async () => {
  await hub?.stop();
});

describe("provisioning", () => {
  it("refuses an unknown device id with exit 2 and a clear message", async () => {
    const { code, stderr } = await runCli(["device-token", "plenary-toaster", "--data-dir", dataDir]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown device "plenary-toaster" in event "gmf-2021"/);
  });

  it("stores tokens only as hashes", async () => {
    const { readFileSync } = await import("node:fs");
    const file = readFileSync(`${dataDir}/device-tokens.sqlite`);
    expect(file.includes(Buffer.from(tokens.get("plenary-encoder") ?? "missing"))).toBe(false);
  });
});

describe("provisioning from a console", () => {
  const tokenRequest = (deviceId: string, method: "POST" | "DELETE") =>
    fetch(`${hub.url}/api/devices/${deviceId}/token`, {
      method,
      headers: { "content-type": "application/json", ...AS_DUTY_OFFICER, "x-operator": "Li Na" },
      body: method === "POST" ? "{}" : null,
    });

  it("issues a token that works at once, shows the device as provisioned, and can revoke it", async () => {
    const issued = await readJson(await tokenRequest("press-room-controller", "POST"));
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const devices = await getJson(`${hub.url}/api/devices`);
    expect(devices["press-room-controller"].provisionedAt).not.toBeNull();
    const device = await TestDevice.connect(
      hub.url,
      "press-room-controller",
      "room-controller",
      issued.token,
    );
    const revoked = await readJson(await tokenRequest("press-room-controller", "DELETE"));
    expect(revoked).toEqual({ ok: true, revoked: true });
    expect(await device.closed).toEqual({ code: 4401, reason: "token revoked" });
    expect((await getJson(`${hub.url}/api/devices`))["press-room-controller"].provisionedAt).toBeNull();
  });

  it("refuses unknown devices and cross-site pages", async () => {
    expect((await tokenRequest("press-toaster", "POST")).status).toBe(404);
    const crossSite = await fetch(`${hub.url}/api/devices/press-room-controller/token`, {
      method: "POST",
      headers: { "content-type": "application/json", ...AS_DUTY_OFFICER, origin: "http://evil.example" },
      body: "{}",
    });
    expect(crossSite.status).toBe(403);
  });
});

describe("device protocol v1: connection", () => {
  it("welcomes a device with a valid hello and tracks its health", async () => {
    const device = await TestDevice.connect(
      hub.url,
      "plenary-room-controller",
      "room-controller",
      tokens.get("plenary-room-controller") ?? "",
    );
    const welcome = device.frames[0];
    expect(welcome).toMatchObject({
      type: "welcome",
      protocol: 1,
      deviceId: "plenary-room-controller",
      heartbeatMs: HEARTBEAT_MS,
    });
    expect(Number.isNaN(Date.parse(String(welcome?.serverTime)))).toBe(false);
    expect(await deviceState("plenary-room-controller")).toMatchObject({
      status: "initializing",
      firmware: "test 1.0",
      stale: false,
    });
    device.send({ type: "state", data: { occupancy: 120, doors: "open", avPower: true, faults: [] } });
    await until(async () => (await deviceState("plenary-room-controller")).status === "ok");
    device.send({ type: "state", data: { faults: ["projector 2 lamp failure"] } });
    await until(async () => (await deviceState("plenary-room-controller")).status === "fault");
    const state = await getJson(`${hub.url}/api/state`);
    expect(state.rooms.plenary.health).toBe("fault");
    device.close();
  });

  it.each([
    ["a first frame that is not JSON", "hello?", 4400],
    [
      "a hello without a token",
      { type: "hello", protocol: 1, deviceId: "plenary-encoder", kind: "encoder" },
      4400,
    ],
    ["a first frame that is not hello", { type: "heartbeat" }, 4400],
    [
      "an unsupported protocol version",
      { type: "hello", protocol: 2, deviceId: "plenary-encoder", token: "x", kind: "encoder" },
      4406,
    ],
    [
      "an unknown device id",
      { type: "hello", protocol: 1, deviceId: "attic-fan", token: "x", kind: "encoder" },
      4401,
    ],
    [
      "a wrong token",
      { type: "hello", protocol: 1, deviceId: "plenary-encoder", token: "guess", kind: "encoder" },
      4401,
    ],
  ])("closes %s with its code", async (_name, frame, code) => {
    const device = await TestDevice.open(hub.url);
    device.send(frame);
    expect((await device.closed).code).toBe(code);
  });

  it("closes a kind mismatch with 4401 and says why", async () => {
    const device = await TestDevice.open(hub.url);
    device.send({
      type: "hello",
      protocol: 1,
      deviceId: "plenary-encoder",
      token: tokens.get("plenary-encoder"),
      kind: "door-panel",
    });
    expect(await device.closed).toEqual({
      code: 4401,
      reason: 'kind mismatch: "plenary-encoder" is registered as encoder',
    });
  });

  it("closes a binary first frame with 4400", async () => {
    const device = await TestDevice.open(hub.url);
    device.socket.send(Buffer.from([1, 2, 3]));
    expect((await device.closed).code).toBe(4400);
  });

  it("closes a connection that says nothing for 5 s with 4400", async () => {
    const device = await TestDevice.open(hub.url);
    const started = Date.now();
    expect(await device.closed).toEqual({ code: 4400, reason: "no hello within 5 s" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_900);
  });

  it("replaces an older connection of the same device with 4409 and stays online", async () => {
    const key = tokens.get("plenary-encoder") ?? "";
    const first = await TestDevice.connect(hub.url, "plenary-encoder", "encoder", key);
    const second = await TestDevice.connect(hub.url, "plenary-encoder", "encoder", key);
    expect((await first.closed).code).toBe(4409);
    second.send({ type: "state", data: { streaming: true, bitrateKbps: 6000 } });
    await until(async () => (await deviceState("plenary-encoder")).status === "ok");
    second.close();
  });

  it("closes a frame larger than 64 KiB with 1009", async () => {
    const device = await TestDevice.connect(
      hub.url,
      "plenary-encoder",
      "encoder",
      tokens.get("plenary-encoder") ?? "",
    );
    device.send({ type: "state", data: { timecode: "x".repeat(70_000) } });
    expect((await device.closed).code).toBe(1009);
  });
});

describe("device protocol v1: after welcome", () => {
  it("answers each kind of bad frame with bad_message and keeps the connection", async () => {
    const device = await TestDevice.connect(
      hub.url,
      "plenary-encoder",
      "encoder",
      tokens.get("plenary-encoder") ?? "",
    );
    const cases: [unknown, RegExp][] = [
      ["{not json", /not valid JSON/],
      [{ kind: "state" }, /no string field "type"/],
      [{ type: "telemetry" }, /unknown type "telemetry"/],
      [{ type: "state", data: { bitrateKbps: "fast" } }, /^data\.bitrateKbps: /],
      [{ type: "state", data: { colour: "blue" } }, /colour/],
      [{ type: "event", name: "exploded", data: {} }, /unknown event "exploded" for a encoder/],
    ];
    for (const [frame, detail] of cases) {
      const error = device.nextError();
      device.send(frame);
      expect(await error).toMatchObject({
        type: "error",
        code: "bad_message",
        detail: expect.stringMatching(detail),
      });
    }
    const binary = device.nextError();
    device.socket.send(Buffer.from("state"));
    expect((await binary).detail).toBe("binary frames are not accepted");
    device.send({ type: "heartbeat" });
    expect(device.socket.readyState).toBe(device.socket.OPEN);
    device.close();
  });

  it("closes with 4429 after more than 20 bad messages within 10 s", async () => {
    const device = await TestDevice.connect(
      hub.url,
      "plenary-encoder",
      "encoder",
      tokens.get("plenary-encoder") ?? "",
    );
    for (let i = 0; i < 21; i++) device.send("garbage");
    expect((await device.closed).code).toBe(4429);
    expect(device.frames.filter((f) => f.type === "error")).toHaveLength(21);
  });

  it("closes a sustained flood (over 100 frames/s for 5 s) with 4429", async () => {
    const device = await TestDevice.connect(
      hub.url,
      "plenary-encoder",
      "encoder",
      tokens.get("plenary-encoder") ?? "",
    );
    const timer = setInterval(() => {
      for (let i = 0; i < 30; i++) device.send({ type: "heartbeat" });
    }, 100);
    const started = Date.now();
    const closed = await device.closed;
    clearInterval(timer);
    expect(closed.code).toBe(4429);
    expect(Date.now() - started).toBeGreaterThanOrEqual(5_000);
    expect(closed.reason).toMatch(/flood/);
  });

  it("marks a silent device offline within 3 heartbeats, with stale data and an alert", async () => {
    const device = await TestDevice.connect(
      hub.url,
      "meeting-1-room-controller",
      "room-controller",
      tokens.get("meeting-1-room-controller") ?? "",
    );
    device.send({ type: "state", data: { occupancy: 10 } });
    await until(async () => (await deviceState("meeting-1-room-controller")).status === "ok");
    device.socket.pause(); // stops reading: no pongs, and we send nothing
    const silentSince = Date.now();
    await until(async () => (await deviceState("meeting-1-room-controller")).status === "offline");
    expect(Date.now() - silentSince).toBeLessThan(3 * HEARTBEAT_MS + 1_000);
    const state = await getJson(`${hub.url}/api/state`);
    expect(state.devices["meeting-1-room-controller"].stale).toBe(true);
    expect(state.alerts["device-offline:meeting-1-room-controller"]).toMatchObject({
      severity: "critical",
      resolvedAt: null,
    });
    device.socket.terminate();

    const back = await TestDevice.connect(
      hub.url,
      "meeting-1-room-controller",
      "room-controller",
      tokens.get("meeting-1-room-controller") ?? "",
    );
    const after = await getJson(`${hub.url}/api/state`);
    expect(after.alerts["device-offline:meeting-1-room-controller"].resolvedAt).not.toBeNull();
    back.close();
  });

  it("closes a connected device with 4401 when its token is re-issued elsewhere, and honours the new one at once", async () => {
    const old = tokens.get("plenary-stage-timer") ?? "";
    const device = await TestDevice.connect(hub.url, "plenary-stage-timer", "stage-timer", old);
    const fresh = await token("plenary-stage-timer");
    expect(await device.closed).toEqual({ code: 4401, reason: "token revoked" });
    const retry = await TestDevice.open(hub.url);
    retry.send({
      type: "hello",
      protocol: 1,
      deviceId: "plenary-stage-timer",
      token: old,
      kind: "stage-timer",
    });
    expect((await retry.closed).code).toBe(4401);
    const renewed = await TestDevice.connect(hub.url, "plenary-stage-timer", "stage-timer", fresh);
    renewed.close();
  });
});

describe("device commands", () => {
  const send = (deviceId: string, body: unknown) =>
    fetch(`${hub.url}/api/devices/${deviceId}/commands`, {
      method: "POST",
      headers: { "content-type": "application/json", ...AS_DUTY_OFFICER },
      body: JSON.stringify(body),
    });

  it("delivers a command and reports the device's ack, refusal or silence", async () => {
    const device = await TestDevice.connect(
      hub.url,
      "plenary-stage-timer",
      "stage-timer",
      tokens.get("plenary-stage-timer") ?? "",
    );
    device.socket.on("message", (data) => {
      const frame = JSON.parse(data.toString());
      if (frame.type !== "command") return;
      if (frame.name === "show-message") device.send({ type: "ack", id: frame.id, ok: true });
      if (frame.name === "clear-message")
        device.send({ type: "ack", id: frame.id, ok: false, error: "display busy" });
      // set-countdown is left unanswered
    });
    const shown = await send("plenary-stage-timer", {
      name: "show-message",
      args: { text: "5 minutes left", blink: true },
    });
    expect(shown.status).toBe(200);
    const command = await device.next((f) => f.type === "command" && f.name === "show-message");
    expect(command).toMatchObject({ args: { text: "5 minutes left", blink: true }, id: expect.any(String) });

    const refused = await send("plenary-stage-timer", { name: "clear-message", args: {} });
    expect(refused.status).toBe(502);
    expect((await readJson(refused)).error).toBe("display busy");

    const started = Date.now();
    const silent = await send("plenary-stage-timer", {
      name: "set-countdown",
      args: { endsAt: "2021-11-11T10:00:00+08:00" },
    });
    expect(silent.status).toBe(504);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_900);
    device.close();
  });

  it("checks a command's arguments before sending it", async () => {
    const res = await send("plenary-stage-timer", { name: "show-message", args: { text: "" } });
    expect(res.status).toBe(400);
    const wrongName = await send("plenary-stage-timer", { name: "self-destruct" });
    expect((await readJson(wrongName)).error).toMatch(/has no command "self-destruct"/);
  });
});

describe("display devices", () => {
  it("tells a door panel what to show after welcome, and again when its room changes", async () => {
    const key = await token("plenary-door-panel");
    const panel = await TestDevice.connect(hub.url, "plenary-door-panel", "door-panel", key);
    panel.socket.on("message", (data) => {
      const frame = JSON.parse(data.toString());
      if (frame.type === "command") panel.send({ type: "ack", id: frame.id, ok: true });
    });
    const first = await panel.next((f) => f.type === "command" && f.name === "show");
    // Day 1, 08:45: the plenary's first session is the Metropolis opening on day 4.
    expect(first.args).toEqual({
      roomStatus: "closed",
      currentSessionId: null,
      nextSessionId: "d4-metropolis-opening",
    });
    await fetch(`${hub.url}/api/commands`, {
      method: "POST",
      headers: { "content-type": "application/json", ...AS_DUTY_OFFICER },
      body: JSON.stringify({ type: "room.setStatus", roomId: "plenary", status: "setup" }),
    });
    const second = await panel.next(
      (f) => f.type === "command" && (f.args as { roomStatus?: string }).roomStatus === "setup",
    );
    expect(second.args).toMatchObject({ nextSessionId: "d4-metropolis-opening" });
    panel.close();
    // A reconnecting panel starts blank, so it is told again even though nothing changed.
    const again = await TestDevice.connect(hub.url, "plenary-door-panel", "door-panel", key);
    again.socket.on("message", (data) => {
      const frame = JSON.parse(data.toString());
      if (frame.type === "command") again.send({ type: "ack", id: frame.id, ok: true });
    });
    expect((await again.next((f) => f.type === "command" && f.name === "show")).args).toMatchObject({
      roomStatus: "setup",
    });
    again.close();
  });

  it("marks a device page closed by its browser (close code 1001) offline, with an alert", async () => {
    const key = await token("meeting-2-door-panel");
    const panel = await TestDevice.connect(hub.url, "meeting-2-door-panel", "door-panel", key);
    panel.socket.close(1001, "tab closed");
    await until(async () => (await deviceState("meeting-2-door-panel")).status === "offline");
    const state = await getJson(`${hub.url}/api/state`);
    expect(state.alerts["device-offline:meeting-2-door-panel"]).toMatchObject({ resolvedAt: null });
  });
});

describe("shutdown", () => {
  it("closes devices with 1001 when the hub stops", async () => {
    const local = await startHubProcess(tempDataDir(), ["--demo"]);
    const { stdout } = await runCli([
      "device-token",
      "plenary-encoder",
      "--data-dir",
      local.log().match(/data: (\S+)/)?.[1] ?? "",
    ]);
    const device = await TestDevice.connect(local.url, "plenary-encoder", "encoder", stdout.trim());
    await local.stop();
    expect((await device.closed).code).toBe(1001);
  });
});
