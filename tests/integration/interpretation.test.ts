import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  eventuallyState,
  getJson,
  type HubProcess,
  postCommand,
  runCli,
  startHubProcess,
  tempDataDir,
} from "./support/hubProcess";
import { TestDevice } from "./support/testDevice";

/**
 * The interpreter coordinator's rules end to end: a real hub process, booth consoles written from the
 * device contract alone over real WebSockets, commands over HTTP, alerts read back from /api/state.
 */
let hub: HubProcess;
let dataDir: string;
const SESSION = "d4-metropolis-opening";
const BOOTHS = ["plenary-zh", "plenary-en", "plenary-fr", "plenary-es"] as const;
const consoles = new Map<string, TestDevice>();
const team = (state: any, boothId: string): string[] =>
  state.assignments[`${SESSION}|${boothId}`].interpreterIds;

const post = (body: Record<string, unknown>) => postCommand(hub.url, body, { "x-operator": "Chen Jing" });
const state = () => getJson(`${hub.url}/api/state`);

/** Polls /api/state until `check` passes (it throws until then), within `timeoutMs`. */
const eventually = <T>(check: (s: any) => T, timeoutMs?: number) =>
  eventuallyState(hub.url, check, timeoutMs);
const activeAlert = (s: any, id: string) => {
  const alert = s.alerts[id];
  if (!alert || alert.resolvedAt !== null) throw new Error(`alert ${id} is not active`);
  return alert;
};
const resolvedAlert = (s: any, id: string) => {
  const alert = s.alerts[id];
  if (!alert || alert.resolvedAt === null) throw new Error(`alert ${id} is not resolved`);
  return alert;
};

async function connectConsole(deviceId: string, kind = "booth-console"): Promise<TestDevice> {
  const { stdout } = await runCli(["device-token", deviceId, "--data-dir", dataDir]);
  const device = await TestDevice.connect(hub.url, deviceId, kind, stdout.trim());
  // Acknowledge every command, as a device must.
  device.socket.on("message", (data) => {
    const frame = JSON.parse(data.toString());
    if (frame.type === "command") device.send({ type: "ack", id: frame.id, ok: true });
  });
  return device;
}

/** A booth desk working normally: microphone live on its own channel, sound on the line. */
const sounding = (boothId: string) => ({
  type: "state",
  data: {
    micLive: true,
    channel: BOOTHS.indexOf(boothId as (typeof BOOTHS)[number]) + 1,
    inputLevelDb: -22,
    relaySource: boothId === "plenary-fr" || boothId === "plenary-es" ? "plenary-en" : "floor",
    occupied: true,
  },
});

beforeAll(async () => {
  dataDir = tempDataDir();
  // The bundled event with a 5-second silence limit, so the silence rule can be seen in a test.
  const event = JSON.parse(readFileSync(join(process.cwd(), "events/gmf-2021.json"), "utf8"));
  event.interpretation.silenceSeconds = 5;
  const eventFile = join(dataDir, "event.json");
  writeFileSync(eventFile, JSON.stringify(event));
  hub = await startHubProcess(dataDir, [
    "--event",
    eventFile,
    "--no-simulator",
    "--demo",
    "--clock",
    "2021-11-11T09:29:00+08:00",
  ]);
  expect((await post({ type: "clock.pause" })).status).toBe(200);
  for (const boothId of BOOTHS) {
    const device = await connectConsole(`${boothId}-console`);
    device.send(sounding(boothId));
    consoles.set(boothId, device);
  }
  consoles.set("timer", await connectConsole("plenary-stage-timer", "stage-timer"));
}, 60_000);
afterAll(async () => {
  for (const device of consoles.values()) device.close();
  await hub?.stop();
});

const console_ = (boothId: string) => {
  const device = consoles.get(boothId);
  if (!device) throw new Error(boothId);
  return device;
};

describe("interpreter coordinator, end to end", () => {
  it("starts each booth's first interpreter with the session and tells the consoles", async () => {
    expect((await post({ type: "session.standby", sessionId: SESSION })).status).toBe(200);
    await post({
      type: "clock.set",
      mode: "rehearsal",
      venueTime: "2021-11-11T09:30:00+08:00",
      paused: true,
    });
    expect((await post({ type: "session.start", sessionId: SESSION })).status).toBe(200);
    const s = await state();
    for (const boothId of BOOTHS) {
      expect(s.booths[boothId]).toMatchObject({
        sessionId: SESSION,
        activeInterpreterId: team(s, boothId)[0],
        turnStartedAt: "2021-11-11T01:30:00.000Z",
      });
      const shown = await console_(boothId).next(
        (f) => f.type === "command" && f.name === "show-turn" && (f.args as any).interpreterId !== null,
      );
      expect(shown.args).toMatchObject({
        interpreterId: team(s, boothId)[0],
        team: team(s, boothId),
        turnMinutes: 30,
      });
    }
    // Every booth is staffed, connected and sounding: no interpretation alert.
    const active = Object.values(s.alerts).filter(
      (a: any) => a.rule.startsWith("interpretation.") && !a.resolvedAt,
    );
    expect(active).toEqual([]);
  });

  it("records a handover pressed on the booth console within a second, and tells the console", async () => {
    const s = await state();
    const [, partner] = team(s, "plenary-zh");
    const sent = Date.now();
    console_("plenary-zh").send({ type: "event", name: "handover-done", data: { toInterpreterId: partner } });
    const after = await eventually((x) => {
      expect(x.booths["plenary-zh"].activeInterpreterId).toBe(partner);
      return x;
    }, 1_000);
    expect(Date.now() - sent).toBeLessThan(1_000);
    expect(after.booths["plenary-zh"].lastHandover).toMatchObject({
      to: partner,
      by: { operator: "plenary-zh-console" },
    });
    await console_("plenary-zh").next(
      (f) => f.type === "command" && f.name === "show-turn" && (f.args as any).interpreterId === partner,
    );
  });

  it("answers a handover it cannot record with a message to the console", async () => {
    console_("plenary-en").send({
      type: "event",
      name: "handover-done",
      data: { toInterpreterId: "wang-lu" },
    });
    const message = await console_("plenary-en").next((f) => f.type === "command" && f.name === "message");
    expect((message.args as any).text).toMatch(/Not recorded: "wang-lu" is not in the team/);
  });

  it("a silent channel: raised after the event's limit, resolved when sound is back", async () => {
    console_("plenary-zh").send({ type: "state", data: { inputLevelDb: -70 } });
    const alert = await eventually((x) => activeAlert(x, "interpretation.silent:plenary-zh"), 10_000);
    expect(alert).toMatchObject({ severity: "critical", subject: { type: "booth", id: "plenary-zh" } });
    console_("plenary-zh").send({ type: "state", data: { inputLevelDb: -20 } });
    await eventually((x) => resolvedAlert(x, "interpretation.silent:plenary-zh"));
  });

  it("two live microphones on one channel: raised and resolved", async () => {
    console_("plenary-fr").send({ type: "state", data: { channel: 2 } });
    await eventually((x) => activeAlert(x, "interpretation.double-mic:plenary:2"));
    console_("plenary-fr").send({ type: "state", data: { channel: 3 } });
    await eventually((x) => resolvedAlert(x, "interpretation.double-mic:plenary:2"));
  });

  it("the pivot's console lost: booth offline and every booth on relay from it at risk, until it is back", async () => {
    console_("plenary-en").close();
    const risk = await eventually((x) => {
      activeAlert(x, "interpretation.booth-offline:plenary-en");
      return activeAlert(x, "interpretation.pivot-at-risk:plenary-en");
    });
    expect(risk).toMatchObject({
      severity: "critical",
      params: { reason: "offline", dependents: "plenary-fr, plenary-es" },
    });
    const back = await connectConsole("plenary-en-console");
    back.send(sounding("plenary-en"));
    consoles.set("plenary-en", back);
    await eventually((x) => {
      resolvedAlert(x, "interpretation.booth-offline:plenary-en");
      return resolvedAlert(x, "interpretation.pivot-at-risk:plenary-en");
    });
  });

  it("speak-slowly reaches the stage timer; the coordinator acknowledges, handles and closes it", async () => {
    console_("plenary-es").send({ type: "event", name: "speak-slowly", data: {} });
    const shown = await console_("timer").next((f) => f.type === "command" && f.name === "show-message");
    expect((shown.args as any).text).toMatch(/speak more slowly/);
    const request: any = await eventually((x) => {
      const found = Object.values(x.requests).find((r: any) => r.boothId === "plenary-es");
      if (!found) throw new Error("no request yet");
      return found;
    });
    expect(request).toMatchObject({ kind: "speak-slowly", acknowledged: null });
    const ack = await post({ type: "request.acknowledge", requestId: request.id });
    expect(ack.body.devices["plenary-es-console"]).toEqual({ ok: true });
    await console_("plenary-es").next((f) => f.type === "command" && f.name === "acknowledge-request");
    expect((await post({ type: "request.handle", requestId: request.id })).status).toBe(200);
    expect((await post({ type: "request.close", requestId: request.id })).status).toBe(200);
    const closed = (await state()).requests[request.id];
    expect(closed.closed).toMatchObject({ at: "2021-11-11T01:30:00.000Z", by: { operator: "Chen Jing" } });
  });

  it("a turn past 30 minutes on the rehearsal clock: raised, and resolved by a handover over HTTP", async () => {
    await post({
      type: "clock.set",
      mode: "rehearsal",
      venueTime: "2021-11-11T10:01:00+08:00",
      paused: true,
    });
    await eventually((x) => activeAlert(x, "interpretation.turn-overdue:plenary-en"));
    expect((await post({ type: "booth.handover", boothId: "plenary-en" })).status).toBe(200);
    await eventually((x) => resolvedAlert(x, "interpretation.turn-overdue:plenary-en"));
    const refused = await post({ type: "booth.handover", boothId: "plenary-en", toInterpreterId: "nobody" });
    expect(refused).toMatchObject({ status: 409, body: { ok: false, field: "toInterpreterId" } });
  });

  it("keeps turns, requests and alerts across a killed hub", async () => {
    const before = await state();
    await hub.kill();
    hub = await startHubProcess(dataDir, ["--no-simulator"]);
    const after = await state();
    for (const boothId of BOOTHS) {
      expect(after.booths[boothId].turns).toEqual(before.booths[boothId].turns);
      expect(after.booths[boothId].activeInterpreterId).toBe(before.booths[boothId].activeInterpreterId);
    }
    expect(after.requests).toEqual(before.requests);
    expect(after.assignments).toEqual(before.assignments);
    for (const [id, alert] of Object.entries<any>(before.alerts)) {
      if (alert.resolvedAt !== null) expect(after.alerts[id]).toEqual(alert);
    }
  });
});
