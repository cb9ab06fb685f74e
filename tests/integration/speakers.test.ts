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

/** Speaker readiness through a real hub: a kiosk written from the device contract, commands over HTTP. */
let hub: HubProcess;
let dataDir: string;
let kiosk: TestDevice;
const ASSEMBLY = "d4-metropolis-general-assembly";

const post = (body: Record<string, unknown>) => postCommand(hub.url, body, { "x-operator": "Liu Yang" });
const state = () => getJson(`${hub.url}/api/state`);
const eventually = <T>(check: (s: any) => T, timeoutMs?: number) =>
  eventuallyState(hub.url, check, timeoutMs);

beforeAll(async () => {
  dataDir = tempDataDir();
  // Day 4 at 12:00, paused: two hours before the general assembly (14:00). No demo crew: every tick is ours.
  hub = await startHubProcess(dataDir, ["--clock", "2021-11-11T12:00:00+08:00"]);
  const paused = {
    type: "clock.set",
    mode: "rehearsal",
    venueTime: "2021-11-11T12:00:00+08:00",
    paused: true,
  };
  expect((await post(paused)).status).toBe(200);
  // The morning's session in the plenary ran (late), so the assembly is expected on time at 14:00.
  expect((await post({ type: "session.start", sessionId: "d4-metropolis-opening" })).status).toBe(200);
  expect((await post({ type: "session.end", sessionId: "d4-metropolis-opening" })).status).toBe(200);
  const { stdout } = await runCli(["device-token", "registration-kiosk-1", "--data-dir", dataDir]);
  kiosk = await TestDevice.connect(hub.url, "registration-kiosk-1", "checkin-kiosk", stdout.trim());
  kiosk.socket.on("message", (data) => {
    const frame = JSON.parse(data.toString());
    if (frame.type === "command") kiosk.send({ type: "ack", id: frame.id, ok: true });
  });
}, 60_000);
afterAll(async () => {
  kiosk?.close();
  await hub?.stop();
});

describe("speaker readiness, end to end", () => {
  it("checks a speaker in from the kiosk: the console's state shows it, by the kiosk, at venue time", async () => {
    kiosk.send({ type: "event", name: "check-in", data: { personId: "lin-jiahe" } });
    const check = await eventually((s) => {
      const found = s.readiness[`${ASSEMBLY}|lin-jiahe`]?.["checked-in"];
      if (!found) throw new Error("not yet");
      return found;
    });
    expect(check).toMatchObject({
      done: true,
      at: "2021-11-11T04:00:00.000Z",
      by: { operator: "registration-kiosk-1" },
    });
  });

  it("tells the kiosk when a check-in cannot be recorded", async () => {
    kiosk.send({
      type: "event",
      name: "check-in",
      data: { personId: "octavi-de-la-varga", sessionId: ASSEMBLY },
    });
    const message = await kiosk.next((f) => f.type === "command" && f.name === "message");
    expect((message.args as any).text).toMatch(/Not recorded: .*does not speak in person/);
  });

  it("ticks checklist items over HTTP and rolls the session up", async () => {
    const s = await state();
    expect(s.sessions[ASSEMBLY].readiness).toBe("at-risk");
    const assembly = s.event.sessions.find((x: any) => x.id === ASSEMBLY);
    const items: Record<string, string[]> = {
      "in-person": [
        "checked-in",
        "green-room",
        "mic-fitted",
        "mic-level",
        "slides-received",
        "slides-loaded",
      ],
      remote: ["link-tested", "camera-ok", "audio-ok", "backup-dial-in", "standby"],
      recorded: ["video-received", "video-checked", "video-cued"],
    };
    for (const speaker of assembly.speakers) {
      for (const item of items[speaker.mode] ?? []) {
        const answer = await post({
          type: "speaker.setCheck",
          sessionId: ASSEMBLY,
          speakerId: speaker.personId,
          item,
          done: true,
        });
        expect(answer.status).toBe(200);
      }
    }
    expect((await state()).sessions[ASSEMBLY].readiness).toBe("ready");
    const wrong = await post({
      type: "speaker.setCheck",
      sessionId: ASSEMBLY,
      speakerId: "lin-jiahe",
      item: "standby",
      done: true,
    });
    expect(wrong).toMatchObject({ status: 409, body: { field: "item" } });
  });

  it("raises a not-ready alert 15 minutes before when an item is unticked, and clears it when ticked", async () => {
    await post({
      type: "speaker.setCheck",
      sessionId: ASSEMBLY,
      speakerId: "feng-qiao",
      item: "mic-level",
      done: false,
    });
    await post({
      type: "clock.set",
      mode: "rehearsal",
      venueTime: "2021-11-11T13:45:00+08:00",
      paused: true,
    });
    const alert = await eventually((s) => {
      const found = s.alerts[`speaker.not-ready:${ASSEMBLY}:feng-qiao`];
      if (!found || found.resolvedAt !== null) throw new Error("not raised");
      return found;
    });
    expect(alert).toMatchObject({ severity: "critical", subject: { type: "speaker" } });
    await post({
      type: "speaker.setCheck",
      sessionId: ASSEMBLY,
      speakerId: "feng-qiao",
      item: "mic-level",
      done: true,
    });
    await eventually((s) => {
      if (s.alerts[`speaker.not-ready:${ASSEMBLY}:feng-qiao`].resolvedAt === null)
        throw new Error("still active");
    });
  });
});
