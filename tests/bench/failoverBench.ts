import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSimulator } from "../../electron/hub/simulator/simulator";
import { isSnapshot, TestConsole } from "../integration/support/consoleClient";
import { DUTY_OFFICER_HELLO, type HubProcess, startHubProcess } from "../integration/support/hubProcess";
import {
  firstAcknowledged,
  issueTokens,
  missingFromJournal,
  streamCommands,
  streamLeader,
  waitForRole,
} from "../integration/support/siteHubs";
import { findNatsServer, startNatsCluster } from "../support/natsCluster";
import { fmt, median } from "./stats";

export interface FailoverFigures {
  rounds: number;
  devices: number;
  /** SIGKILL of the primary → the standby's health says primary. */
  takeoverMs: number[];
  /** SIGKILL → every simulated device connected to the new primary. */
  devicesBackMs: number[];
  /** SIGKILL → the first command acknowledged by the new primary (a console retrying every 100 ms). */
  firstAckMs: number[];
  acknowledged: number;
  lost: number;
  /** Commands acknowledged per second on the primary, 16 in flight, 3 replicas. */
  commandsPerSecond: number[];
  /** The same load on one PC's hub (the SQLite journal), for comparison. */
  sqliteCommandsPerSecond: number;
  /** A NATS node failing under command load: until a command is acknowledged again. */
  natsFaults: { fault: string; resumedMs: number; acknowledged: number; lost: number }[];
}

const NATS_FAULTS = [
  { label: "the journal stream's leader stopped (SIGTERM)", leading: "VENUE_OPS_MAIN", prefix: "stop" },
  { label: "the lease bucket's leader crashed (SIGKILL)", leading: "KV_venue-ops-hubs", prefix: "crash" },
] as const;

/**
 * Hot standby on a real 3-node NATS cluster: two hub processes, a console streaming commands to the
 * primary and the event's devices simulated; the primary is SIGKILLed each round and the time until
 * the standby serves is measured, with every acknowledged command checked on the new primary. The
 * killed hub comes back as the next standby, from its own replica.
 */
export async function failover(rounds: number): Promise<FailoverFigures | { skipped: string }> {
  if (!findNatsServer()) return { skipped: "nats-server is not installed (Debian's nats-server package)" };
  const cluster = await startNatsCluster({ nodes: 3 });
  const dirs = ["a", "b"].map((name) => mkdtempSync(join(tmpdir(), `venue-ops-failover-${name}-`)));
  // A restarted hub keeps its port, as a control-room PC keeps its address.
  const ports: string[] = [];
  const start = async (i: number) => {
    const port = ports[i] ? ["--port", ports[i] as string] : [];
    const hub = await startHubProcess(dirs[i] as string, [
      "--journal",
      cluster.url,
      "--hub-id",
      `hub-${"ab"[i]}`,
      ...port,
    ]);
    ports[i] = new URL(hub.url).port;
    return hub;
  };
  const hubs: HubProcess[] = [];
  const figures: FailoverFigures = {
    rounds,
    devices: 0,
    takeoverMs: [],
    devicesBackMs: [],
    firstAckMs: [],
    acknowledged: 0,
    lost: 0,
    commandsPerSecond: [],
    natsFaults: [],
    sqliteCommandsPerSecond: await sqliteBaseline(),
  };
  try {
    hubs[0] = await start(0);
    await waitForRole(hubs[0].url, "primary", 20_000);
    hubs[1] = await start(1);
    await waitForRole(hubs[1].url, "standby", 20_000);
    const state = (await (await fetch(`${hubs[0].url}/api/state`)).json()) as {
      event: { devices: { id: string }[] };
    };
    const tokens = await issueTokens(
      hubs[0].url,
      state.event.devices.map((d) => d.id),
    );
    figures.devices = tokens.size;
    const simulator = await startSimulator({
      hubUrl: `${hubs[0].url},${hubs[1].url}`,
      tokens,
      log: () => undefined,
    });
    let primary = 0;
    for (let round = 0; round < rounds; round++) {
      const standby = 1 - primary;
      const primaryHub = hubs[primary] as HubProcess;
      await waitForOnline(simulator.onlineCount, tokens.size, 30_000);
      const client = await TestConsole.connect(primaryHub.url);
      client.send({ type: "hello", ...DUTY_OFFICER_HELLO });
      const { state: before } = await client.waitFor(isSnapshot);
      const load = streamCommands(client, Object.keys(before.rooms), `r${round}`);
      const loadMs = 2000 + Math.random() * 1000;
      await new Promise((r) => setTimeout(r, loadMs));
      figures.commandsPerSecond.push(load.acked.size / (loadMs / 1000));
      await primaryHub.kill();
      const killedAt = Date.now();
      load.stop();
      const acknowledged = [...load.acked];
      client.close();
      const standbyUrl = (hubs[standby] as HubProcess).url;
      const acked = firstAcknowledged([standbyUrl]);
      await waitForRole(standbyUrl, "primary", 30_000);
      figures.takeoverMs.push(Date.now() - killedAt);
      figures.firstAckMs.push((await acked) - killedAt);
      await waitForOnline(simulator.onlineCount, tokens.size, 30_000);
      figures.devicesBackMs.push(Date.now() - killedAt);

      figures.acknowledged += acknowledged.length;
      figures.lost += (await missingFromJournal(standbyUrl, before.seq, acknowledged)).length;

      // The killed hub returns as the standby, from its own replica.
      hubs[primary] = await start(primary);
      await waitForRole((hubs[primary] as HubProcess).url, "standby", 30_000);
      primary = standby;
    }
    // NATS nodes failing under the primary: a graceful stop of the journal stream's leader, then a crash
    // of the lease bucket's leader; how long until a command is acknowledged again.
    const urls = hubs.map((hub) => (hub as HubProcess).url);
    for (const fault of NATS_FAULTS) {
      const primaryUrl = (hubs[primary] as HubProcess).url;
      const client = await TestConsole.connect(primaryUrl);
      client.send({ type: "hello", ...DUTY_OFFICER_HELLO });
      const { state: before } = await client.waitFor(isSnapshot);
      const load = streamCommands(client, Object.keys(before.rooms), fault.prefix);
      await new Promise((r) => setTimeout(r, 1500));
      const leader = await streamLeader(cluster, fault.leading);
      if (fault.prefix === "stop") await cluster.stopNode(leader);
      else await cluster.killNode(leader);
      const faultAt = Date.now();
      await new Promise((r) => setTimeout(r, 300));
      load.stop();
      client.close();
      const resumedMs = (await firstAcknowledged(urls)) - faultAt;
      await cluster.startNode(leader);
      const now = await Promise.any(urls.map((url) => waitForRole(url, "primary", 30_000).then(() => url)));
      primary = urls.indexOf(now);
      const lost = (await missingFromJournal(now, before.seq, [...load.acked])).length;
      figures.natsFaults.push({ fault: fault.label, resumedMs, acknowledged: load.acked.size, lost });
      figures.acknowledged += load.acked.size;
      figures.lost += lost;
      await new Promise((r) => setTimeout(r, 3000));
    }
    simulator.stop();
    return figures;
  } finally {
    await Promise.all(hubs.map((hub) => hub?.kill().catch(() => undefined)));
    await cluster.close();
  }
}

/** Commands acknowledged per second by a single PC's hub under the same load, over 3 s. */
async function sqliteBaseline(): Promise<number> {
  const hub = await startHubProcess(mkdtempSync(join(tmpdir(), "venue-ops-failover-sqlite-")), []);
  try {
    const client = await TestConsole.connect(hub.url);
    client.send({ type: "hello", ...DUTY_OFFICER_HELLO });
    const { state } = await client.waitFor(isSnapshot);
    const load = streamCommands(client, Object.keys(state.rooms), "sqlite");
    await new Promise((r) => setTimeout(r, 3000));
    load.stop();
    client.close();
    return load.acked.size / 3;
  } finally {
    await hub.stop();
  }
}

async function waitForOnline(count: () => number, expected: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (count() < expected) {
    if (Date.now() > deadline) throw new Error(`only ${count()} of ${expected} devices came online`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function printFailover(figures: FailoverFigures | { skipped: string }): void {
  if ("skipped" in figures) {
    console.log(`hot standby: skipped: ${figures.skipped}`);
    return;
  }
  const ms = (values: number[]) =>
    `median ${fmt(median(values))} ms (min ${fmt(Math.min(...values))}, max ${fmt(Math.max(...values))})`;
  console.log(
    `hot standby on a 3-node NATS cluster (3 replicas, lease time to live 3 s), ${figures.rounds} SIGKILLs of the primary under command load, ${figures.devices} devices:`,
  );
  console.log(`  take-over (standby answers as primary): ${ms(figures.takeoverMs)}`);
  console.log(`  first command acknowledged by the new primary: ${ms(figures.firstAckMs)}`);
  console.log(`  every device back on the new primary: ${ms(figures.devicesBackMs)}`);
  console.log(
    `  acknowledged commands lost: ${fmt(figures.lost)} of ${fmt(figures.acknowledged)}; ` +
      `commands acknowledged per second (16 in flight): median ${fmt(median(figures.commandsPerSecond))} ` +
      `(one PC's SQLite journal: ${fmt(figures.sqliteCommandsPerSecond)})`,
  );
  for (const fault of figures.natsFaults)
    console.log(
      `  NATS node fault, ${fault.fault}: commands acknowledged again after ${fmt(fault.resumedMs)} ms, ${fmt(fault.lost)} of ${fmt(fault.acknowledged)} lost`,
    );
}
