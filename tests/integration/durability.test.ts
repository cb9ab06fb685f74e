import { describe, expect, it } from "vitest";
import { isAck, isEvents, isSnapshot, TestConsole } from "./support/consoleClient";
import { DUTY_OFFICER_HELLO, startHubProcess, tempDataDir } from "./support/hubProcess";

const ROUNDS = 5;
const IN_FLIGHT = 16;
const MAX_COMMANDS_PER_ROUND = 3_000;

/** Streams commands with a window of unacknowledged ones; returns the ids the hub acknowledged. */
function streamCommands(
  client: TestConsole,
  rooms: string[],
  round: number,
): { acked: Set<string>; stop: () => void } {
  const acked = new Set<string>();
  let sent = 0;
  let stopped = false;
  const sendNext = () => {
    if (stopped || sent >= MAX_COMMANDS_PER_ROUND) return;
    const room = rooms[sent % rooms.length] ?? "plenary";
    const id = `r${round}-c${sent}`;
    sent++;
    client.send({
      type: "command",
      id,
      command: { type: "room.setIssue", roomId: room, issue: `round ${round} note ${sent}` },
    });
    void client.waitFor(isAck(id), 60_000).then(
      (ack) => {
        if (ack.ok) acked.add(id);
        sendNext();
      },
      () => undefined,
    );
  };
  for (let i = 0; i < IN_FLIGHT; i++) sendNext();
  return { acked, stop: () => (stopped = true) };
}

describe("durability", () => {
  it(`keeps every acknowledged command across ${ROUNDS} SIGKILLs of the hub`, async () => {
    const dataDir = tempDataDir();
    let lost = 0;
    let total = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const hub = await startHubProcess(dataDir, []);
      const client = await TestConsole.connect(hub.url);
      client.send({ type: "hello", ...DUTY_OFFICER_HELLO });
      const { state } = await client.waitFor(isSnapshot);
      const rooms = Object.keys(state.rooms);
      const { acked, stop } = streamCommands(client, rooms, round);
      // Kill at a random moment while commands are in flight.
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 450));
      await hub.kill();
      stop();
      const acknowledged = [...acked];
      expect(acknowledged.length).toBeGreaterThan(0);

      const restarted = await startHubProcess(dataDir, []);
      // After a crash the journal's integrity is checked in full before anything is served.
      expect(restarted.log()).toMatch(/integrity checked in \d+ ms/);
      const check = await TestConsole.connect(restarted.url);
      check.send({ type: "hello", since: state.seq, ...DUTY_OFFICER_HELLO });
      const { events } = await check.waitFor(isEvents);
      const journaled = new Set(events.map((e) => e.commandId));
      lost += acknowledged.filter((id) => !journaled.has(id)).length;
      total += acknowledged.length;
      // Sequence numbers stay gap-free across the crash.
      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => state.seq + i + 1));
      check.close();
      await restarted.stop();
    }
    expect(total).toBeGreaterThan(ROUNDS);
    expect(lost).toBe(0);
  });
});
