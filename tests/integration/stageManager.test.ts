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

let hub: HubProcess;
let dataDir: string;

const post = async (body: Record<string, unknown>) => {
  const res = await fetch(`${hub.url}/api/commands`, {
    method: "POST",
    headers: { "content-type": "application/json", ...AS_DUTY_OFFICER, "x-operator": "Chen Jing" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await readJson(res) };
};

beforeAll(async () => {
  dataDir = tempDataDir();
  // Day 4, 09:25, paused: five minutes before the Metropolis opening in the plenary hall.
  hub = await startHubProcess(dataDir, ["--no-simulator", "--demo", "--clock", "2021-11-11T09:25:00+08:00"]);
  expect((await post({ type: "clock.pause" })).status).toBe(200);
});
afterAll(async () => {
  await hub?.stop();
});

describe("stage manager commands over HTTP", () => {
  const opening = "d4-metropolis-opening";

  it("runs a session through its lifecycle and records it in venue time", async () => {
    expect((await post({ type: "session.standby", sessionId: opening })).status).toBe(200);
    expect(
      (
        await post({
          type: "clock.set",
          mode: "rehearsal",
          venueTime: "2021-11-11T09:41:00+08:00",
          paused: true,
        })
      ).status,
    ).toBe(200);
    expect((await post({ type: "session.start", sessionId: opening })).status).toBe(200);
    const held = await post({
      type: "session.hold",
      sessionId: opening,
      reason: "interpretation feed lost in the fr booth",
    });
    expect(held).toMatchObject({ status: 200, body: { ok: true } });
    expect((await post({ type: "session.resume", sessionId: opening })).status).toBe(200);
    const state = await getJson(`${hub.url}/api/state`);
    expect(state.sessions[opening]).toMatchObject({
      status: "live",
      actualStart: "2021-11-11T01:41:00.000Z",
      holds: [{ reason: "interpretation feed lost in the fr booth" }],
      expected: { delayMin: 11 },
    });
  });

  it("moves the later sessions of the room by the delay", async () => {
    const state = await getJson(`${hub.url}/api/state`);
    // 11 minutes late on a 90-minute session that ends at 11:00: the 14:00 session is still on time.
    expect(state.sessions[opening].expected.end).toBe("2021-11-11T03:11:00.000Z");
    expect(state.sessions["d4-metropolis-general-assembly"].expected.delayMin).toBe(0);
  });

  it.each([
    [{ type: "session.hold", sessionId: "d4-metropolis-opening" }, 400, /reason/],
    [{ type: "session.hold", sessionId: "d4-metropolis-opening", reason: "" }, 400, /reason: say why/],
    [
      { type: "session.cancel", sessionId: "d4-metropolis-opening", reason: "rain" },
      409,
      /is live: it cannot cancel/,
    ],
    [{ type: "session.resume", sessionId: "d4-metropolis-opening" }, 409, /is live: it cannot resume/],
    [{ type: "session.start", sessionId: "d9-nothing" }, 404, /unknown session "d9-nothing"/],
    [{ type: "session.launch", sessionId: "d4-metropolis-opening" }, 400, /type/],
    [{ type: "cue.go", sessionId: "d4-metropolis-opening" }, 409, /every cue .* has been called/],
    [{ type: "stage.message", roomId: "meeting-9", text: "hi" }, 404, /unknown room "meeting-9"/],
    [{ type: "stage.message", roomId: "studio-a", text: "hi" }, 409, /has no stage timer/],
    [
      { type: "room.setStatus", roomId: "press", status: "strike" },
      409,
      /cannot go from closed to strike; allowed: setup/,
    ],
  ])("refuses %j with %i and says why", async (command, status, why) => {
    const answer = await post(command);
    expect(answer.status).toBe(status);
    expect(answer.body.ok).toBe(false);
    expect(answer.body.error).toMatch(why);
  });

  it("calls cues from a run of show edited live", async () => {
    const cue = (id: string, number: string, action: string) => ({
      type: "cue.save",
      sessionId: opening,
      cue: { id, number, department: "VID", type: "GO", action },
    });
    expect((await post(cue("v1", "1", "Roll the Metropolis film"))).status).toBe(200);
    expect((await post(cue("v2", "2", "Live feed from Barcelona"))).status).toBe(200);
    expect((await post({ type: "cue.standby", sessionId: opening })).status).toBe(200);
    expect((await post({ type: "cue.go", sessionId: opening })).status).toBe(200);
    const state = await getJson(`${hub.url}/api/state`);
    expect(state.sessions[opening]).toMatchObject({
      standbyCueId: null,
      called: [{ cueId: "v1", by: "Chen Jing" }],
    });
  });

  it("sends a stage message to the room's stage timers and reports each one's ack", async () => {
    const { stdout } = await runCli(["device-token", "plenary-stage-timer", "--data-dir", dataDir]);
    const timer = await TestDevice.connect(hub.url, "plenary-stage-timer", "stage-timer", stdout.trim());
    timer.socket.on("message", (data) => {
      const frame = JSON.parse(data.toString());
      if (frame.type === "command") timer.send({ type: "ack", id: frame.id, ok: true });
    });
    const answer = await post({ type: "stage.message", roomId: "plenary", text: "Two minutes", blink: true });
    expect(answer.status).toBe(200);
    expect(answer.body.devices["plenary-stage-timer"]).toEqual({ ok: true });
    // The lectern timer has no device connected: the answer says so rather than pretending.
    expect(answer.body.devices["plenary-lectern-timer"]).toMatchObject({
      ok: false,
      notSent: "not_connected",
    });
    const shown = await timer.next((f) => f.type === "command" && f.name === "show-message");
    expect(shown.args).toEqual({ text: "Two minutes", blink: true });
    // The speaker's countdown: 8 minutes from now on the (paused) venue clock, 09:41.
    const countdown = await post({ type: "stage.countdown", roomId: "plenary", minutes: 8 });
    expect(countdown.body.devices["plenary-stage-timer"]).toEqual({ ok: true });
    const set = await timer.next(
      (f) =>
        f.type === "command" &&
        f.name === "set-countdown" &&
        (f.args as { endsAt: string }).endsAt === "2021-11-11T01:49:00.000Z",
    );
    expect(set).toBeDefined();
    expect((await post({ type: "stage.countdown", roomId: "plenary", minutes: 0 })).status).toBe(400);
    timer.close();
  });

  it("keeps all of it across a restart", async () => {
    const before = await getJson(`${hub.url}/api/state`);
    await hub.kill();
    hub = await startHubProcess(dataDir, ["--no-simulator"]);
    const after = await getJson(`${hub.url}/api/state`);
    const { expected: _before, ...sessionBefore } = before.sessions[opening];
    const { expected: _after, ...sessionAfter } = after.sessions[opening];
    expect(sessionAfter).toEqual(sessionBefore);
  });
});
