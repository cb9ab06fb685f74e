import { type JetStreamClient, jetstream, jetstreamManager, StorageType } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type NatsCluster,
  type NatsLeaf,
  requireNatsServer,
  startNatsCluster,
  startNatsLeaf,
} from "../support/natsCluster";

/**
 * The NATS harness the JetStream journal backend is tested on: a real 3-node cluster that keeps quorum
 * when a node stops, and a second site (a leaf node with its own JetStream domain) whose stream the main
 * site sources once the link between the sites comes back.
 */
requireNatsServer();

let cluster: NatsCluster | undefined;
let leaf: NatsLeaf | undefined;
const connections: NatsConnection[] = [];

async function client(servers: string | string[]): Promise<NatsConnection> {
  const nc = await connect({ servers, maxReconnectAttempts: -1, reconnectTimeWait: 250 });
  connections.push(nc);
  return nc;
}

/** Publishes until acked; the message id makes a retry after a lost ack a no-op in the stream. */
async function publishAcked(js: JetStreamClient, subject: string, msgID: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await js.publish(subject, msgID, { msgID, timeout: 2_000 });
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((done) => setTimeout(done, 250));
    }
  }
}

async function eventually<T>(check: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let value: T | undefined;
    try {
      value = await check();
      if (ok(value)) return value;
    } catch (err) {
      if (Date.now() > deadline) throw err;
    }
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

describe("NATS JetStream on real servers", () => {
  beforeAll(async () => {
    cluster = await startNatsCluster({ nodes: 3 });
  });
  afterAll(async () => {
    await Promise.allSettled(connections.map((nc) => nc.close()));
    await leaf?.close();
    await cluster?.close();
  });

  it("keeps a 3-replica stream writable with one node stopped, and catches the node up on restart", async () => {
    const c = cluster!;
    const nc = await client(c.urls);
    const jsm = await jetstreamManager(nc);
    await jsm.streams.add({
      name: "JOURNAL",
      subjects: ["journal.>"],
      num_replicas: 3,
      storage: StorageType.File,
    });
    const js = jetstream(nc);
    for (let i = 0; i < 100; i++) {
      expect((await publishAcked(js, "journal.command", `a-${i}`)).seq).toBe(i + 1);
    }

    // Stopping the stream's leader is the harder case: the other two must elect a new one.
    const leader = (await jsm.streams.info("JOURNAL")).cluster?.leader;
    const stopped = Math.max(
      0,
      c.urls.findIndex((_, i) => leader === `${c.name}-${i}`),
    );
    await c.stopNode(stopped);
    for (let i = 0; i < 100; i++) await publishAcked(js, "journal.command", `b-${i}`);
    const degraded = await jsm.streams.info("JOURNAL");
    expect(degraded.state.messages).toBe(200);
    expect(degraded.cluster?.leader).not.toBe(`${c.name}-${stopped}`);

    await c.startNode(stopped);
    const healed = await eventually(
      () => jsm.streams.info("JOURNAL"),
      (info) =>
        info.cluster?.replicas?.length === 2 &&
        info.cluster.replicas.every((peer) => peer.current && !peer.offline),
    );
    expect(healed.state.messages).toBe(200);
    expect(c.logs(stopped)).toMatch(/Server is ready[\s\S]*Server is ready/);
  });

  it("sources a second site's stream into the main site once the link between them is back", async () => {
    const c = cluster!;
    leaf = await startNatsLeaf({ hubCluster: c, jetStreamDomain: "studio", name: "studio" });
    const studio = await client(leaf.url);
    await (await jetstreamManager(studio)).streams.add({
      name: "STUDIO",
      subjects: ["studio.>"],
      storage: StorageType.File,
    });

    // The studio keeps journaling while cut off from the main site.
    leaf.cutLink();
    const studioJs = jetstream(studio);
    for (let i = 0; i < 50; i++) {
      expect((await studioJs.publish("studio.command", `s-${i}`, { msgID: `s-${i}` })).seq).toBe(i + 1);
    }

    const main = await client(c.urls);
    const mainJsm = await jetstreamManager(main);
    await mainJsm.streams.add({
      name: "STUDIO_COPY",
      num_replicas: 3,
      storage: StorageType.File,
      sources: [{ name: "STUDIO", external: { api: "$JS.studio.API" } }],
    });
    // Nothing can arrive over a cut link.
    await new Promise((done) => setTimeout(done, 1_000));
    expect((await mainJsm.streams.info("STUDIO_COPY")).state.messages).toBe(0);

    leaf.healLink();
    await leaf.waitLinked();
    // The main site reaches the studio's JetStream through its domain.
    const remote = await jetstreamManager(main, { domain: "studio" });
    expect((await remote.streams.info("STUDIO")).state.messages).toBe(50);
    await eventually(
      () => mainJsm.streams.info("STUDIO_COPY"),
      (info) => info.state.messages === 50,
    );

    // And keeps following it once linked.
    for (let i = 50; i < 60; i++) await studioJs.publish("studio.command", `s-${i}`, { msgID: `s-${i}` });
    const copy = await eventually(
      () => mainJsm.streams.info("STUDIO_COPY"),
      (info) => info.state.messages === 60,
    );
    expect(copy.state.last_seq).toBe(60);
  });
});
