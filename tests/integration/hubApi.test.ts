import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AS_DUTY_OFFICER,
  getJson,
  type HubProcess,
  readJson,
  startHubProcess,
  tempDataDir,
} from "./support/hubProcess";

let hub: HubProcess;
beforeAll(async () => {
  hub = await startHubProcess(tempDataDir(), ["--demo", "--no-simulator"]);
});
afterAll(async () => {
  await hub?.stop();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${hub.url}/api/commands`, {
    method: "POST",
    headers: { "content-type": "application/json", ...AS_DUTY_OFFICER, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("hub HTTP API", () => {
  it("reports health with the event and a rehearsal clock at day 1, 08:45 in demo", async () => {
    const health = await getJson(`${hub.url}/api/health`);
    expect(health).toMatchObject({
      ok: true,
      event: { id: "gmf-2021" },
      clock: { mode: "rehearsal", speed: 1 },
    });
    const venue = new Date(health.clock.venueTime).getTime();
    // 08:45 in Guangzhou on 8 November 2021, give or take the seconds since start-up.
    expect(venue - Date.parse("2021-11-08T08:45:00+08:00")).toBeLessThan(60_000);
  });

  it("serves the full state with the bundled event's numbers", async () => {
    const state = await getJson(`${hub.url}/api/state`);
    const sessions = state.event.sessions as { id: string; kind: string }[];
    expect(state.event.event.days).toHaveLength(6);
    expect(sessions).toHaveLength(24);
    const count = (kind: string) => sessions.filter((s) => s.kind === kind).length;
    expect([count("online"), count("hybrid"), count("exhibition")]).toEqual([13, 10, 1]);
    expect(Object.keys(state.sessions)).toHaveLength(24);
    expect(Object.keys(state.rooms).sort()).toEqual(
      state.event.venue.rooms.map((r: { id: string }) => r.id).sort(),
    );
    expect(Object.keys(state.booths)).toHaveLength(state.event.booths.length);
    expect(Object.keys(state.devices)).toHaveLength(state.event.devices.length);
    // Without simulated kiosks nobody checks in: at 08:45 the first in-person speaker is due (45 minutes
    // before 09:30). Nothing else is wrong at the start of the demo.
    expect(Object.values(state.alerts).map((a: any) => a.rule)).toEqual(["speaker.not-checked-in"]);
  });

  it("accepts a valid command, journals it and shows it in the state", async () => {
    const res = await post(
      { type: "room.setStatus", roomId: "plenary", status: "setup" },
      { "x-operator": "Wang Fang" },
    );
    expect(res.status).toBe(200);
    const body = await readJson(res);
    expect(body.ok).toBe(true);
    const state = await getJson(`${hub.url}/api/state`);
    expect(state.seq).toBe(body.seq);
    expect(state.rooms.plenary).toMatchObject({
      status: "setup",
      changed: { by: { operator: "Wang Fang" } },
    });
  });

  it("refuses a transition that is not allowed and lists the allowed ones", async () => {
    const res = await post({ type: "room.setStatus", roomId: "press", status: "live" });
    expect(res.status).toBe(409);
    expect(await readJson(res)).toEqual({
      ok: false,
      error: 'room "press" cannot go from closed to live; allowed: setup',
      code: "refused",
      field: "status",
    });
  });

  it("says which field of a bad command is wrong", async () => {
    const res = await post({ type: "room.setStatus", roomId: "plenary", status: "partying" });
    expect(res.status).toBe(400);
    const body = await readJson(res);
    expect(body.field).toBe("status");
    expect(body.error).toMatch(/^status: /);
    expect((await post({ type: "room.setStatus", roomId: "hall-9", status: "setup" })).status).toBe(404);
    expect((await post({ type: "teleport" })).status).toBe(400);
  });

  it("rejects bad JSON, wrong content types and cross-site requests without changing anything", async () => {
    const before = (await getJson(`${hub.url}/api/state`)).seq;
    const bad = await post("{not json");
    expect(bad.status).toBe(400);
    expect((await readJson(bad)).error).toMatch(/not valid JSON/);
    const form = await fetch(`${hub.url}/api/commands`, { method: "POST", body: "type=clock.set" });
    expect(form.status).toBe(415);
    const crossSite = await post({ type: "clock.set", mode: "wall" }, { origin: "http://evil.example" });
    expect(crossSite.status).toBe(403);
    expect((await getJson(`${hub.url}/api/state`)).seq).toBe(before);
  });

  it("serves the console at / with a strict content security policy", async () => {
    const res = await fetch(`${hub.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await res.text()).toContain('<div id="root"');
    expect((await fetch(`${hub.url}/api/nothing`)).status).toBe(404);
  });
});
