import { join } from "node:path";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JetStreamJournal } from "../../electron/hub/cluster/jetStreamJournal";
import { HubCore, SNAPSHOT_EVERY } from "../../electron/hub/core/hubCore";
import { SqliteJournal } from "../../electron/hub/journal/sqliteJournal";
import type { JournalChange, JournalEvent } from "../../shared/journal/journalEvents";
import { type NatsCluster, requireNatsServer, startNatsCluster } from "../support/natsCluster";
import { tempDataDir } from "./support/hubProcess";

requireNatsServer();

const ACTOR = { operator: "Test", role: "duty-officer", workstation: "test" } as const;
const note = (text: string): JournalChange => ({ type: "room.issueChanged", roomId: "plenary", issue: text });

describe(`the journal on JetStream`, () => {
  let cluster: NatsCluster;
  const connections: NatsConnection[] = [];
  const open = async (site: string) => {
    const nc = await connect({ servers: cluster.urls });
    connections.push(nc);
    const replica = SqliteJournal.open(join(tempDataDir(), "replica.sqlite"));
    return JetStreamJournal.open({ nc, site, replicas: 1, replica, log: () => undefined });
  };

  beforeAll(async () => {
    cluster = await startNatsCluster({ nodes: 1 });
  }, 30_000);
  afterAll(async () => {
    for (const nc of connections) await nc.close();
    await cluster?.close();
  });

  it("acknowledges an append only once the stream stored it, and a second hub reads it back", async () => {
    const writer = await open("ack");
    await writer.startWriting(() => undefined);
    const events = writer.append([note("one"), note("two")], ACTOR, new Date().toISOString(), "c1");
    expect(events.map((e) => e.seq)).toEqual([1, 2]);
    // Not in the local replica (and so not readable) until the stream has it.
    expect([...writer.readAfter(0)]).toEqual([]);
    await writer.whenDurable(2);
    expect([...writer.readAfter(0)].map((e) => e.seq)).toEqual([1, 2]);

    const reader = await open("ack");
    expect([...reader.readAfter(0)].map((e) => e.commandId)).toEqual(["c1", "c1"]);
    const followed: JournalEvent[] = [];
    await reader.follow((batch) => followed.push(...batch));
    writer.append([note("three")], ACTOR, new Date().toISOString(), "c2");
    await writer.whenDurable(3);
    await expect.poll(() => followed.map((e) => e.seq), { timeout: 5000 }).toEqual([3]);
    await reader.close();
  });

  it("the hub core shows and snapshots only what the stream has stored", async () => {
    const journal = await open("core");
    await journal.startWriting(() => undefined);
    const core = new HubCore(journal);
    core.restore();
    const heard: number[] = [];
    core.onEvents((events) => heard.push(...events.map((e) => e.seq)));
    core.record([note("a"), note("b")], ACTOR, "c1");
    // Decided against at once, shown to nobody until stored.
    expect(core.state.seq).toBe(2);
    expect(core.published.seq).toBe(0);
    expect(heard).toEqual([]);
    await core.whenDurable(2);
    expect(core.published.seq).toBe(2);
    expect(heard).toEqual([1, 2]);
  });

  it("a new standby starts from the shared snapshot and replays only what follows it", async () => {
    const journal = await open("seed");
    await journal.startWriting(() => undefined);
    const core = new HubCore(journal);
    core.restore();
    // A little past one snapshot's worth, in appends of 100 events.
    for (let i = 0; i < SNAPSHOT_EVERY / 100 + 1; i++)
      core.record(
        Array.from({ length: 100 }, (_, j) => note(`note ${i}-${j}`)),
        ACTOR,
      );
    await core.whenDurable(core.state.seq);
    await journal.close(); // waits for the snapshot upload

    const fresh = await open("seed");
    const standby = new HubCore(fresh);
    const restored = standby.restore();
    expect(restored.fromSnapshot).toBe(SNAPSHOT_EVERY);
    expect(restored.replayed).toBe(100);
    expect(standby.published.seq).toBe(SNAPSHOT_EVERY + 100);
    // The older events are still there for reports, copied but not replayed.
    expect([...fresh.readAfter(0)]).toHaveLength(SNAPSHOT_EVERY + 100);

    // A stream made anew (the journal started over) never takes the old stream's snapshot.
    const nc = connections[0] as NatsConnection;
    await (await jetstreamManager(nc)).streams.delete("VENUE_OPS_SEED");
    const anew = await open("seed");
    await anew.startWriting(() => undefined);
    anew.append([note("first of the new journal")], ACTOR, new Date().toISOString());
    await anew.whenDurable(1);
    const restarted = await open("seed");
    expect(new HubCore(restarted).restore()).toEqual({ fromSnapshot: 0, replayed: 1 });
  });

  it("fences off a hub that still writes after another took over: its append fails, nothing forks", async () => {
    const old = await open("fence");
    await old.startWriting(() => undefined);
    old.append([note("before")], ACTOR, new Date().toISOString());
    await old.whenDurable(1);

    const taker = await open("fence");
    await taker.startWriting(() => undefined);
    taker.append([note("new primary")], ACTOR, new Date().toISOString(), "new");
    await taker.whenDurable(2);

    const failures: string[] = [];
    old.onFailure((error) => failures.push(error.message));
    const stale = old.append([note("stale")], ACTOR, new Date().toISOString(), "stale");
    await expect(old.whenDurable(stale[0]?.seq ?? 0)).rejects.toThrow(/another hub has written/);
    expect(failures).toHaveLength(1);
    expect(() => old.append([note("after")], ACTOR, new Date().toISOString())).toThrow(/not the primary/);

    const check = await open("fence");
    expect([...check.readAfter(0)].map((e) => e.commandId ?? null)).toEqual([null, "new"]);
  });
});
