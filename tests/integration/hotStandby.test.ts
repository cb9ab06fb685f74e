import { Kvm } from "@nats-io/kv";
import { connect } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator } from "../../electron/hub/simulator/simulator";
import { type NatsCluster, requireNatsServer, startNatsCluster } from "../support/natsCluster";
import { isAck, isEvents, isSnapshot, TestConsole } from "./support/consoleClient";
import { DUTY_OFFICER_HELLO, type HubProcess, startHubProcess, tempDataDir } from "./support/hubProcess";
import {
  firstAcknowledged,
  type HubHealth,
  issueTokens,
  missingFromJournal,
  streamCommands,
  streamLeader,
  waitForRole,
} from "./support/siteHubs";

requireNatsServer();

/** The issue's target: consoles and devices on the standby within a few seconds of the primary dying. */
const TAKEOVER_LIMIT_MS = 10_000;
const DEVICES = ["plenary-stage-timer", "plenary-door-panel", "meeting-1-room-controller"];

describe(`hot standby on a 3-node NATS cluster`, () => {
  let cluster: NatsCluster;
  const hubs: HubProcess[] = [];
  const startSiteHub = async (hubId: string) => {
    const hub = await startHubProcess(tempDataDir(), ["--journal", cluster.url, "--hub-id", hubId]);
    hubs.push(hub);
    return hub;
  };

  beforeAll(async () => {
    cluster = await startNatsCluster({ nodes: 3 });
  }, 60_000);
  afterAll(async () => {
    await Promise.all(hubs.map((hub) => hub.kill().catch(() => undefined)));
    await cluster?.close();
  });

  it("SIGKILL of the primary under command load: the standby takes over, no acknowledged command is lost", async () => {
    const a = await startSiteHub("hub-a");
    const primary = await waitForRole(a.url, "primary", 15_000);
    const b = await startSiteHub("hub-b");
    await waitForRole(b.url, "standby", 15_000);
    expect(primary.replication.backend).toBe("jetstream");

    // Devices know both hubs; their tokens live in the site's replicated bucket.
    const tokens = await issueTokens(a.url, DEVICES);
    const simulator = await startSimulator({ hubUrl: `${a.url},${b.url}`, tokens, log: () => undefined });
    await expect.poll(() => simulator.onlineCount(), { timeout: 15_000 }).toBe(DEVICES.length);

    const client = await TestConsole.connect(a.url);
    client.send({ type: "hello", ...DUTY_OFFICER_HELLO });
    const { state } = await client.waitFor(isSnapshot);
    const load = streamCommands(client, Object.keys(state.rooms), "kill");
    await new Promise((r) => setTimeout(r, 1500 + Math.random() * 500));
    await a.kill();
    const killedAt = Date.now();
    load.stop();
    const acknowledged = [...load.acked];
    expect(acknowledged.length).toBeGreaterThan(10);

    const health: HubHealth = await waitForRole(b.url, "primary", TAKEOVER_LIMIT_MS);
    const takeoverMs = Date.now() - killedAt;
    expect(health.hubId).toBe("hub-b");

    // Every command hub A acknowledged is in hub B's journal.
    const check = await TestConsole.connect(b.url);
    check.send({ type: "hello", since: state.seq, ...DUTY_OFFICER_HELLO });
    const { events } = await check.waitFor(isEvents, 10_000);
    const journaled = new Set(events.map((e) => e.commandId));
    const lost = acknowledged.filter((id) => !journaled.has(id));
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => state.seq + i + 1));

    // Devices reconnect to the new primary with the same tokens.
    await expect.poll(() => simulator.onlineCount(), { timeout: TAKEOVER_LIMIT_MS }).toBe(DEVICES.length);
    const devicesBackMs = Date.now() - killedAt;
    console.log(
      `hot standby: take-over ${takeoverMs} ms, devices back ${devicesBackMs} ms, ` +
        `${acknowledged.length} acknowledged commands, ${lost.length} lost`,
    );
    expect(lost).toEqual([]);

    // The new primary takes commands.
    check.send({
      type: "command",
      id: "after",
      command: { type: "room.setIssue", roomId: "plenary", issue: "after" },
    });
    expect((await check.waitFor(isAck("after"), 10_000)).ok).toBe(true);
    simulator.stop();
    check.close();
    client.close();
  }, 90_000);

  const NODE_FAULTS = [
    { fault: "stopped (SIGTERM)", leading: "VENUE_OPS_MAIN", prefix: "stop" },
    { fault: "crashed (SIGKILL)", leading: "KV_venue-ops-hubs", prefix: "crash" },
  ] as const;
  it.each(NODE_FAULTS)(
    "one NATS node $fault, the leader of $leading: commands resume, nothing acknowledged is lost",
    async ({ fault, leading, prefix }) => {
      const urls = hubs
        .filter((h) => h.process.exitCode === null && h.process.signalCode === null)
        .map((h) => h.url);
      const client = await TestConsole.connect(await firstPrimary(urls));
      client.send({ type: "hello", ...DUTY_OFFICER_HELLO });
      const { state } = await client.waitFor(isSnapshot);
      const load = streamCommands(client, Object.keys(state.rooms), prefix);
      await new Promise((r) => setTimeout(r, 800));
      const leader = await streamLeader(cluster, leading);
      if (prefix === "stop") await cluster.stopNode(leader);
      else await cluster.killNode(leader);
      const faultAt = Date.now();
      await new Promise((r) => setTimeout(r, 300));
      load.stop();
      const acknowledged = [...load.acked];
      client.close();
      // Two of three nodes hold a quorum. Commands stall while JetStream elects new leaders; then the
      // same hub, or another that took the lease meanwhile, acknowledges again.
      const resumedMs = (await firstAcknowledged(urls, 30_000)) - faultAt;
      await cluster.startNode(leader);
      const lost = await missingFromJournal(await firstPrimary(urls), state.seq, acknowledged);
      console.log(
        `NATS node ${fault}: commands acknowledged again after ${resumedMs} ms; ${acknowledged.length} acknowledged, ${lost.length} lost`,
      );
      expect(acknowledged.length).toBeGreaterThan(0);
      expect(lost).toEqual([]);
    },
    90_000,
  );

  it("a planned stop (SIGTERM) hands over at once: the primary gives up its lease on the way out", async () => {
    const current = hubs.find(
      (h) => h.process.exitCode === null && h.process.signalCode === null,
    ) as HubProcess;
    await waitForRole(current.url, "primary", 30_000);
    const next = await startSiteHub("hub-c");
    await waitForRole(next.url, "standby", 20_000);
    const stoppedAt = Date.now();
    expect(await current.stop()).toBe(0);
    // The lease no longer names the stopped hub the moment it has exited: it was given up, not left to expire.
    const holder = await leaseHolder(cluster);
    expect(holder === null || holder === "hub-c").toBe(true);
    await waitForRole(next.url, "primary", 10_000);
    console.log(`planned stop: hub-c primary ${Date.now() - stoppedAt} ms after the SIGTERM`);
  }, 60_000);
});

/** The hub the site's lease names now, read straight from the bucket (null: nobody holds it). */
async function leaseHolder(cluster: NatsCluster): Promise<string | null> {
  const nc = await connect({ servers: cluster.urls });
  try {
    const kv = await new Kvm(nc).open("venue-ops-hubs");
    const entry = await kv.get("main.primary");
    return entry?.operation === "PUT" ? entry.json<{ hubId: string }>().hubId : null;
  } finally {
    await nc.close();
  }
}

/** The URL of whichever hub answers as primary first (polling all of them). */
async function firstPrimary(urls: string[]): Promise<string> {
  return Promise.any(urls.map((url) => waitForRole(url, "primary", 30_000).then(() => url)));
}
