import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import type { RoleStatus } from "../../../electron/hub/cluster/clusterRole";
import type { NatsCluster } from "../../support/natsCluster";
import { isAck, isEvents, TestConsole } from "./consoleClient";
import { DUTY_OFFICER_HELLO } from "./hubProcess";

export type HubHealth = RoleStatus;

/** Polls a hub's health until it holds `role`; resolves with its status, rejects after `timeoutMs`. */
export async function waitForRole(
  url: string,
  role: "primary" | "standby",
  timeoutMs: number,
): Promise<HubHealth> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    const answer = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1000) }).catch(() => null);
    if (answer?.ok) {
      const { hub } = (await answer.json()) as { hub: HubHealth };
      if (hub.role === role && (role === "primary" || hub.replication.lagMessages === 0)) return hub;
      last = `${hub.role}, lag ${hub.replication.lagMessages}`;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not become ${role} within ${timeoutMs} ms (last: ${last})`);
}

/** Provisions devices through the primary's API; the tokens land in the site's replicated bucket. */
export async function issueTokens(url: string, deviceIds: string[]): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  for (const id of deviceIds) {
    const answer = await fetch(`${url}/api/devices/${id}/token`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-operator": "Test duty officer",
        "x-role": "duty-officer",
      },
      body: "{}",
    });
    const body = (await answer.json()) as { token?: string; error?: string };
    if (!body.token) throw new Error(`no token for ${id}: ${body.error ?? answer.status}`);
    tokens.set(id, body.token);
  }
  return tokens;
}

/** Streams room notes with a window of unacknowledged commands; collects the ids the hub acknowledged. */
export function streamCommands(
  client: TestConsole,
  rooms: string[],
  prefix: string,
  inFlight = 16,
): { acked: Set<string>; sent: () => number; stop: () => void } {
  const acked = new Set<string>();
  let sent = 0;
  let stopped = false;
  const sendNext = () => {
    if (stopped) return;
    const id = `${prefix}-${sent}`;
    const roomId = rooms[sent % rooms.length] ?? "plenary";
    sent++;
    client.send({ type: "command", id, command: { type: "room.setIssue", roomId, issue: `note ${id}` } });
    void client.waitFor(isAck(id), 60_000).then(
      (ack) => {
        if (ack.ok) acked.add(id);
        sendNext();
      },
      () => undefined,
    );
  };
  for (let i = 0; i < inFlight; i++) sendNext();
  return { acked, sent: () => sent, stop: () => (stopped = true) };
}

/** Which node of the cluster leads a stream (its server name is `${cluster.name}-${i}`). */
export async function streamLeader(cluster: NatsCluster, stream: string): Promise<number> {
  const nc = await connect({ servers: cluster.urls });
  try {
    const info = await (await jetstreamManager(nc)).streams.info(stream);
    const leader = info.cluster?.leader ?? "";
    const index = Number(leader.slice(cluster.name.length + 1));
    if (!leader.startsWith(`${cluster.name}-`) || !Number.isInteger(index))
      throw new Error(`unknown stream leader "${leader}"`);
    return index;
  } finally {
    await nc.close();
  }
}

/**
 * Sends one command to each of `urls` in turn, every 100 ms, until one is acknowledged (by whichever hub
 * is primary by then); resolves with when that was.
 */
export async function firstAcknowledged(urls: readonly string[], timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; Date.now() < deadline; attempt++) {
    const url = urls[attempt % urls.length] as string;
    const client = await TestConsole.connect(url).catch(() => null);
    if (client) {
      client.send({ type: "hello", ...DUTY_OFFICER_HELLO });
      const id = `probe-${attempt}-${Date.now()}`;
      client.send({ type: "command", id, command: { type: "room.setIssue", roomId: "plenary", issue: id } });
      const ack = await client.waitFor(isAck(id), 1000).catch(() => null);
      client.close();
      if (ack?.ok) return Date.now();
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no hub of ${urls.join(", ")} acknowledged a command within ${timeoutMs} ms`);
}

/** The acknowledged command ids that the hub at `url` does not have in its journal after `since`. */
export async function missingFromJournal(
  url: string,
  since: number,
  acknowledged: readonly string[],
): Promise<string[]> {
  const check = await TestConsole.connect(url);
  try {
    check.send({ type: "hello", since, ...DUTY_OFFICER_HELLO });
    const { events } = await check.waitFor(isEvents, 20_000);
    const journaled = new Set(events.map((e) => e.commandId));
    return acknowledged.filter((id) => !journaled.has(id));
  } finally {
    check.close();
  }
}
