import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import WebSocket from "ws";
import { type BenchHub, startBenchHub } from "./benchHub";
import { sleep } from "./stats";

export interface CrashLoopOptions {
  kills: number;
  /** Rooms whose stage managers send commands, one console each. */
  rooms?: number;
  /** Unacknowledged commands each console keeps in flight. */
  inFlight?: number;
  /** The kill comes at a uniformly random moment this long after the hub is ready. */
  maxKillDelayMs?: number;
  log?: (line: string) => void;
}

export interface CrashLoopFigures {
  kills: number;
  sent: number;
  acknowledged: number;
  refused: number;
  /** Acknowledged commands missing from the restarted hub's journal. */
  lostFromJournal: number;
  /** Acknowledged commands whose effect (the room's issue or a later one) is missing from its state. */
  lostFromState: number;
  /** Spawn to ready of each restart after a SIGKILL, in ms. */
  recoveryMs: number[];
}

interface Acked {
  id: string;
  room: string;
  counter: number;
}

const issueText = (counter: number) => `crash-loop ${counter}`;
const counterOf = (issue: unknown) =>
  typeof issue === "string" && issue.startsWith("crash-loop ") ? Number(issue.slice(11)) : 0;

/**
 * A stage manager's console sending `room.setIssue` for their room with a rising counter, `inFlight`
 * at a time, and recording every command the hub acknowledged.
 */
function streamCommands(
  url: string,
  room: string,
  inFlight: number,
  nextCounter: () => number,
  onAck: (acked: Acked) => void,
  figures: CrashLoopFigures,
): () => void {
  const socket = new WebSocket(`${url.replace(/^http/, "ws")}/console`);
  const pending = new Map<string, number>();
  let stopped = false;
  const sendNext = () => {
    if (stopped || socket.readyState !== WebSocket.OPEN) return;
    const counter = nextCounter();
    const id = `${room}-${counter}`;
    pending.set(id, counter);
    figures.sent++;
    socket.send(
      JSON.stringify({
        type: "command",
        id,
        command: { type: "room.setIssue", roomId: room, issue: issueText(counter) },
      }),
    );
  };
  socket.on("error", () => undefined);
  socket.on("open", () => {
    const operator = { name: `Stage manager ${room}`, role: "stage-manager", rooms: [room] };
    socket.send(JSON.stringify({ type: "hello", operator, workstation: `crash-${room}` }));
    for (let i = 0; i < inFlight; i++) sendNext();
  });
  socket.on("message", (data) => {
    const message = JSON.parse(data.toString());
    if (message.type !== "ack") return;
    const counter = pending.get(message.id);
    if (counter === undefined) return;
    pending.delete(message.id);
    if (message.ok) onAck({ id: message.id, room, counter });
    else figures.refused++;
    sendNext();
  });
  return () => {
    stopped = true;
    socket.terminate();
  };
}

/** Command ids the journal holds after `afterSeq`, read from the file beside the running hub (read-only). */
function journaledCommandIds(dataDir: string, afterSeq: number): { ids: Set<string>; lastSeq: number } {
  const db = new Database(join(dataDir, "journal.sqlite"), { readonly: true, fileMustExist: true });
  try {
    const ids = new Set<string>();
    let lastSeq = afterSeq;
    for (const row of db
      .prepare("SELECT seq, body FROM journal WHERE seq > ? ORDER BY seq")
      .iterate(afterSeq)) {
      const { seq, body } = row as { seq: number; body: string };
      const commandId = (JSON.parse(body) as { commandId?: string }).commandId;
      if (commandId) ids.add(commandId);
      lastSeq = seq;
    }
    return { ids, lastSeq };
  } finally {
    db.close();
  }
}

/**
 * Kills a real hub process with SIGKILL `kills` times at random moments while stage managers send
 * commands, restarts it on the same data dir each time and checks that every acknowledged command is in
 * the journal and its effect in the state.
 */
export async function crashLoop(options: CrashLoopOptions): Promise<CrashLoopFigures> {
  const log = options.log ?? (() => undefined);
  const dataDir = mkdtempSync(join(tmpdir(), "venue-ops-crash-"));
  const figures: CrashLoopFigures = {
    kills: 0,
    sent: 0,
    acknowledged: 0,
    refused: 0,
    lostFromJournal: 0,
    lostFromState: 0,
    recoveryMs: [],
  };
  let counter = 0;
  let checkedSeq = 0;
  let hub: BenchHub = await startBenchHub(dataDir, []);
  try {
    const state = (await (await fetch(`${hub.url}/api/state`)).json()) as { rooms: Record<string, unknown> };
    const rooms = Object.keys(state.rooms).slice(0, options.rooms ?? 3);
    for (let round = 0; round < options.kills; round++) {
      const acked: Acked[] = [];
      const stops = rooms.map((room) =>
        streamCommands(
          hub.url,
          room,
          options.inFlight ?? 8,
          () => ++counter,
          (a) => acked.push(a),
          figures,
        ),
      );
      await sleep(Math.random() * (options.maxKillDelayMs ?? 1_500));
      await hub.kill();
      figures.kills++;
      for (const stop of stops) stop();
      figures.acknowledged += acked.length;

      hub = await startBenchHub(dataDir, []);
      figures.recoveryMs.push(hub.readyMs);
      const journal = journaledCommandIds(dataDir, checkedSeq);
      checkedSeq = journal.lastSeq;
      const lostFromJournal = acked.filter((a) => !journal.ids.has(a.id)).length;
      const after = (await (await fetch(`${hub.url}/api/state`)).json()) as {
        rooms: Record<string, { issue: string | null }>;
      };
      const lostFromState = acked.filter((a) => counterOf(after.rooms[a.room]?.issue) < a.counter).length;
      figures.lostFromJournal += lostFromJournal;
      figures.lostFromState += lostFromState;
      log(
        `kill ${round + 1}/${options.kills}: ${acked.length} acknowledged, lost ${lostFromJournal} (journal) ` +
          `${lostFromState} (state), ready again in ${Math.round(hub.readyMs)} ms`,
      );
    }
    return figures;
  } finally {
    await hub.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
