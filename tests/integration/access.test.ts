import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAck, isEvents, isPresence, isSnapshot, TestConsole } from "./support/consoleClient";
import {
  getJson,
  type HubProcess,
  readJson,
  runCli,
  startHubProcess,
  tempDataDir,
} from "./support/hubProcess";

/** Access code, roles enforced by the hub, presence, conflicts and overrides, against a real hub process. */
let hub: HubProcess;
const CODE = "gmf-control-2021";
const bearer = { authorization: `Bearer ${CODE}` };
const consoles: TestConsole[] = [];

const post = (body: unknown, headers: Record<string, string>) =>
  fetch(`${hub.url}/api/commands`, {
    method: "POST",
    headers: { "content-type": "application/json", ...bearer, ...headers },
    body: JSON.stringify(body),
  });
const as = (name: string, role: string, rooms?: string) => ({
  "x-operator": encodeURIComponent(name),
  "x-role": role,
  ...(rooms ? { "x-rooms": rooms } : {}),
});

async function signedIn(
  operator: Record<string, unknown> | undefined,
  accessCode: string | undefined = CODE,
) {
  const client = await TestConsole.connect(hub.url);
  consoles.push(client);
  client.send({ type: "hello", ...(operator ? { operator } : {}), ...(accessCode ? { accessCode } : {}) });
  return client;
}

beforeAll(async () => {
  hub = await startHubProcess(tempDataDir(), ["--demo", "--no-simulator", "--access-code", CODE]);
});
afterAll(async () => {
  for (const c of consoles) c.close();
  await hub?.stop();
});

describe("access code", () => {
  it("keeps the control room's API behind the code; health and the public programme stay open", async () => {
    expect((await fetch(`${hub.url}/api/state`)).status).toBe(401);
    const wrong = await fetch(`${hub.url}/api/state`, { headers: { authorization: "Bearer nope" } });
    expect(wrong.status).toBe(401);
    expect(await readJson(wrong)).toMatchObject({
      code: "unauthorized",
      error: expect.stringMatching(/Bearer/),
    });
    expect((await fetch(`${hub.url}/api/state`, { headers: bearer })).status).toBe(200);
    expect(await getJson(`${hub.url}/api/health`)).toMatchObject({ access: { codeRequired: true } });
    const programme = await getJson(`${hub.url}/api/programme`);
    expect(programme.event.sessions).toHaveLength(24);
    expect(programme.log).toBeUndefined();
    const command = await fetch(`${hub.url}/api/commands`, {
      method: "POST",
      headers: { "content-type": "application/json", ...as("Zhao Lei", "duty-officer") },
      body: JSON.stringify({ type: "clock.pause" }),
    });
    expect(command.status).toBe(401);
  });

  it("closes a console without the code, or with a wrong one, with 4401", async () => {
    for (const code of [undefined, "guess"]) {
      const client = await TestConsole.connect(hub.url);
      consoles.push(client);
      const closed = client.closed();
      client.send({ type: "hello", ...(code ? { accessCode: code } : {}) });
      expect(await closed).toMatchObject({ code: 4401 });
      expect(client.received).toContainEqual(
        expect.objectContaining({ type: "error", code: "unauthorized" }),
      );
    }
  });

  it("refuses to listen beyond this machine without a code", async () => {
    const { code, stderr } = await runCli([
      "hub",
      "--host",
      "0.0.0.0",
      "--port",
      "0",
      "--data-dir",
      tempDataDir(),
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/start it with --access-code/);
  });
});

describe("roles, enforced by the hub", () => {
  it("a viewer changes nothing, through the API or a console", async () => {
    const viaApi = await post(
      { type: "room.setIssue", roomId: "plenary", issue: "x" },
      as("Guest", "viewer"),
    );
    expect(viaApi.status).toBe(403);
    expect(await readJson(viaApi)).toMatchObject({
      code: "forbidden",
      error: expect.stringMatching(/viewer/),
    });
    const anonymous = await post({ type: "room.setIssue", roomId: "plenary", issue: "x" }, {});
    expect(anonymous.status).toBe(403);
    expect(await readJson(anonymous)).toMatchObject({
      field: "X-Operator",
      error: expect.stringMatching(/X-Role/),
    });
    const viewer = await signedIn({ name: "Guest", role: "viewer", rooms: [] });
    await viewer.waitFor(isSnapshot);
    const id = viewer.command({ type: "room.setIssue", roomId: "plenary", issue: "x" });
    expect(await viewer.waitFor(isAck(id))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const watcher = await signedIn(undefined);
    await watcher.waitFor(isSnapshot);
    const silent = watcher.command({ type: "room.setIssue", roomId: "plenary", issue: "x" });
    expect(await watcher.waitFor(isAck(silent))).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/sign in first/) },
    });
  });

  it("a stage manager controls only their rooms; device tokens are the duty officer's", async () => {
    const studio = as("Li Na", "stage-manager", "studio-a");
    expect((await post({ type: "room.setStatus", roomId: "studio-a", status: "setup" }, studio)).status).toBe(
      200,
    );
    const other = await post({ type: "room.setStatus", roomId: "plenary", status: "setup" }, studio);
    expect(other.status).toBe(403);
    expect(await readJson(other)).toMatchObject({
      error: 'room "plenary" is not one of yours (studio-a); ask its stage manager or the duty officer',
    });
    const token = await fetch(`${hub.url}/api/devices/studio-a-encoder/token`, {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer, ...studio },
      body: "{}",
    });
    expect(token.status).toBe(403);
  });

  it("an interpreter coordinator cannot run a session; the duty officer can, and the override is journaled", async () => {
    const chen = as("陈静", "interpreter-coordinator");
    expect((await post({ type: "session.standby", sessionId: "d1-opening-webinar" }, chen)).status).toBe(403);
    const duty = await post(
      { type: "session.standby", sessionId: "d1-opening-webinar" },
      as("Zhao Lei", "duty-officer"),
    );
    expect(duty.status).toBe(200);
    const state = await getJson(`${hub.url}/api/state`, bearer);
    expect(state.sessions["d1-opening-webinar"].status).toBe("standby");
  });
});

describe("several consoles", () => {
  it("see who is signed in where, and each other's changes", async () => {
    const a = await signedIn({ name: "王芳", role: "stage-manager", rooms: ["plenary"] });
    const b = await signedIn({ name: "Zhao Lei", role: "duty-officer", rooms: [] });
    const presence = await b.waitFor(
      (m): m is Extract<typeof m, { type: "presence" }> =>
        isPresence(m) && m.consoles.some((c) => c.name === "王芳"),
    );
    expect(presence.consoles).toContainEqual(
      expect.objectContaining({ name: "Zhao Lei", role: "duty-officer" }),
    );
    await a.waitFor(isSnapshot);
    await b.waitFor(isSnapshot);
    const id = a.command({ type: "room.setIssue", roomId: "plenary", issue: "projector 2 flickers" });
    expect(await a.waitFor(isAck(id))).toMatchObject({ ok: true });
    await b.waitFor(
      (m): m is Extract<typeof m, { type: "events" }> =>
        isEvents(m) && m.events.some((e) => e.type === "room.issueChanged"),
    );
  });

  it("refuses a stale edit with a conflict that says who changed it", async () => {
    const state = await getJson(`${hub.url}/api/state`, bearer);
    const base = state.seq;
    const first = await post(
      { type: "room.setIssue", roomId: "press", issue: "mic 3 crackles", baseSeq: base },
      as("Wang Fang", "duty-officer"),
    );
    expect(first.status).toBe(200);
    const stale = await post(
      { type: "room.setIssue", roomId: "press", issue: "all fine", baseSeq: base },
      as("Liu Yang", "duty-officer"),
    );
    expect(stale.status).toBe(409);
    expect(await readJson(stale)).toMatchObject({
      code: "conflict",
      error: expect.stringMatching(/the issue of room "press" was changed by Wang Fang \(duty-officer/),
    });
  });
});
