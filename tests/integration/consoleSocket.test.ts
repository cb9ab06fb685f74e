import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAck, isError, isEvents, isSnapshot, TestConsole } from "./support/consoleClient";
import { type HubProcess, startHubProcess, tempDataDir } from "./support/hubProcess";

/** A stage manager of the rooms these tests change: their own commands, no overrides in the journal. */
const SIGNED_IN = {
  operator: { name: "Wang Fang", role: "stage-manager", rooms: ["plenary", "meeting-1", "meeting-2"] },
};

let hub: HubProcess;
beforeAll(async () => {
  hub = await startHubProcess(tempDataDir(), ["--demo", "--no-simulator"]);
});
afterAll(async () => {
  await hub?.stop();
});

describe("console WebSocket", () => {
  it("sends a snapshot on hello, acks commands and streams the events to every console", async () => {
    const a = await TestConsole.connect(hub.url);
    const b = await TestConsole.connect(hub.url);
    a.send({ type: "hello", ...SIGNED_IN });
    b.send({ type: "hello", ...SIGNED_IN });
    const snapshot = await a.waitFor(isSnapshot);
    await b.waitFor(isSnapshot);
    expect(snapshot.state.event?.sessions).toHaveLength(24);

    const id = a.command({ type: "room.setStatus", roomId: "meeting-1", status: "setup" });
    const ack = await a.waitFor(isAck(id));
    // The demo's hub works on its own too (alerts, readiness): other events may come between, so the ack
    // is matched to the streamed event its command caused.
    const streamed = await b.waitFor(
      (m): m is Extract<typeof m, { type: "events" }> =>
        isEvents(m) && m.events.some((e) => e.commandId === id),
    );
    const caused = streamed.events.find((e) => e.commandId === id);
    expect(caused).toMatchObject({ type: "room.statusChanged", roomId: "meeting-1", to: "setup" });
    expect(ack).toMatchObject({ ok: true, seq: caused?.seq });
    expect(caused?.seq).toBeGreaterThan(snapshot.state.seq);
    a.close();
    b.close();
  });

  it("resumes after the last sequence number a console had", async () => {
    const first = await TestConsole.connect(hub.url);
    first.send({ type: "hello", ...SIGNED_IN });
    const { state } = await first.waitFor(isSnapshot);
    first.close();

    const other = await TestConsole.connect(hub.url);
    other.send({ type: "hello", ...SIGNED_IN });
    await other.waitFor(isSnapshot);
    const id = other.command({ type: "room.setIssue", roomId: "meeting-2", issue: "projector 2 flickers" });
    await other.waitFor(isAck(id));

    const again = await TestConsole.connect(hub.url);
    again.send({ type: "hello", since: state.seq, ...SIGNED_IN });
    const missed = await again.waitFor(isEvents);
    // Everything after its last seq, in order and without a gap, including the command it missed.
    const seqs = missed.events.map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => state.seq + 1 + i));
    expect(missed.events.some((e) => e.commandId === id)).toBe(true);
    expect(again.received.some((m) => m.type === "snapshot")).toBe(false);
    other.close();
    again.close();
  });

  it("answers bad frames with an error and keeps the connection", async () => {
    const client = await TestConsole.connect(hub.url);
    client.send({ type: "hello", ...SIGNED_IN });
    await client.waitFor(isSnapshot);
    client.socket.send("{broken");
    expect((await client.waitFor(isError)).detail).toBe("frame is not valid JSON");
    client.received.length = 0;
    client.send({ type: "command", id: "x", command: { type: "room.setStatus", roomId: "plenary" } });
    expect((await client.waitFor(isError)).detail).toMatch(/command\.status/);
    const id = client.command({ type: "room.setStatus", roomId: "plenary", status: "live" });
    const refused = await client.waitFor(isAck(id));
    expect(refused).toMatchObject({ ok: false, error: { code: "refused" } });
    client.close();
  });

  it("refuses a WebSocket from another site's page", async () => {
    await expect(TestConsole.connect(hub.url, { origin: "http://evil.example" })).rejects.toThrow(/403/);
  });
});
