import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TELEMETRY_MIN_INTERVAL_MS } from "../../electron/hub/server/consoleSocket";
import { isEvents, isSnapshot, isTelemetry, TestConsole } from "./support/consoleClient";
import {
  AS_DUTY_OFFICER,
  DUTY_OFFICER_HELLO,
  getJson,
  type HubProcess,
  startHubProcess,
  tempDataDir,
} from "./support/hubProcess";

let hub: HubProcess;
const until = async (check: () => Promise<boolean>, timeoutMs = 15_000) => {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 200));
  }
};

beforeAll(async () => {
  // Day 4, 10:00: the Metropolis opening is live in the plenary hall, with four booths and a stream.
  hub = await startHubProcess(tempDataDir(), [
    "--demo",
    "--clock",
    "2021-11-11T10:00:00+08:00",
    "--speed",
    "10",
  ]);
  // The director moves only sessions whose start the clock runs through: the opening is started by hand,
  // and its booth desks follow the hub's turns.
  const start = await fetch(`${hub.url}/api/commands`, {
    method: "POST",
    headers: { "content-type": "application/json", ...AS_DUTY_OFFICER },
    body: JSON.stringify({ type: "session.start", sessionId: "d4-metropolis-opening" }),
  });
  expect(start.status).toBe(200);
});
afterAll(async () => {
  await hub?.stop();
});

describe("demo simulator", () => {
  it("connects every device of the event through the real protocol", async () => {
    await until(async () =>
      Object.values(await getJson(`${hub.url}/api/devices`)).every(
        (d: any) => d.connected && d.status === "ok",
      ),
    );
    const devices = await getJson(`${hub.url}/api/devices`);
    expect(Object.keys(devices)).toHaveLength(46);
  });

  it("makes devices behave for their kind as the schedule runs", async () => {
    await until(
      async () => (await getJson(`${hub.url}/api/devices`))["plenary-fr-console"].state.micLive === true,
    );
    const devices = await getJson(`${hub.url}/api/devices`);
    expect(devices["plenary-fr-console"].state).toMatchObject({ micLive: true, channel: 3, occupied: true });
    expect(devices["plenary-encoder"].state).toMatchObject({ streaming: true });
    expect(devices["plenary-encoder"].state.bitrateKbps).toBeGreaterThan(5_000);
    expect(devices["plenary-stage-timer"].state.mode).toBe("countdown");
    expect(devices["plenary-room-controller"].state.occupancy).toBeGreaterThan(0);
    // Studio B has nothing on at this hour: its booths are idle.
    expect(devices["studio-b-en-console"]?.state.micLive ?? false).toBe(false);
  });

  it("checks in-person speakers in at a kiosk 45 to 90 minutes before their session", async () => {
    const state = await getJson(`${hub.url}/api/state`);
    const assembly = state.event.sessions.find((s: any) => s.id === "d4-metropolis-general-assembly");
    const inPerson = assembly.speakers.filter((s: any) => s.mode === "in-person").map((s: any) => s.personId);
    expect(inPerson.length).toBeGreaterThan(0);
    const client = await TestConsole.connect(hub.url);
    client.send({ type: "hello", ...DUTY_OFFICER_HELLO });
    await client.waitFor(isSnapshot);
    // An hour before the 14:00 general assembly.
    await fetch(`${hub.url}/api/commands`, {
      method: "POST",
      headers: { "content-type": "application/json", ...AS_DUTY_OFFICER },
      body: JSON.stringify({ type: "clock.set", mode: "rehearsal", venueTime: "2021-11-11T13:00:00+08:00" }),
    });
    const checkedIn = new Set<string>();
    await until(async () => {
      for (const message of client.received) {
        if (!isEvents(message)) continue;
        for (const event of message.events) {
          if (
            event.type === "device.event" &&
            event.name === "check-in" &&
            event.data.sessionId === assembly.id
          ) {
            checkedIn.add(String(event.data.personId));
          }
        }
      }
      return inPerson.every((id: string) => checkedIn.has(id));
    });
    expect([...checkedIn].sort()).toEqual([...inPerson].sort());
    client.close();
  });
});

describe("device telemetry on the console socket", () => {
  it("sends every device's telemetry after hello, then only what changed, coalesced", async () => {
    const client = await TestConsole.connect(hub.url);
    client.send({ type: "hello", ...DUTY_OFFICER_HELLO });
    await client.waitFor(isSnapshot);
    const first = await client.waitFor(isTelemetry);
    // Every device the hub has heard from this run (all of them, once the simulator is connected).
    expect(Object.keys(first.devices)).toHaveLength(46);
    expect(first.devices["plenary-encoder"]).toMatchObject({ connected: true });
    const started = Date.now();
    while (client.received.filter(isTelemetry).length < 5) await new Promise((r) => setTimeout(r, 50));
    const updates = client.received.filter(isTelemetry).slice(1);
    // Rounds at least TELEMETRY_MIN_INTERVAL_MS apart, each with only the devices that changed.
    expect(updates.length).toBeLessThanOrEqual(
      Math.ceil((Date.now() - started) / TELEMETRY_MIN_INTERVAL_MS) + 1,
    );
    expect(updates.some((u) => Object.keys(u.devices).length < 46)).toBe(true);
    client.close();
  });
});
