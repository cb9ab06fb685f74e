import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteJournal } from "../../electron/hub/journal/sqliteJournal";
import type { JournalChange } from "../../shared/journal/journalEvents";
import type { Actor } from "../../shared/live/liveState";
import { startBenchHub } from "./benchHub";

export interface ColdStartFigures {
  events: number;
  journalMiB: number;
  /** Building the journal with SqliteJournal, 1,000 events per transaction. */
  writeMs: number;
  /** The same hub on a fresh data dir: the fixed cost of starting a process. */
  emptyReadyMs: number;
  /** Opening the journal alone (integrity check and schema), in the bench process. */
  openMs: number;
  /** Spawn to "Venue Ops hub ready at", with every event to replay (no snapshot after them). */
  readyMs: number;
  /** The hub's own figure for restore (its log line "replayed N in X ms"). */
  restoreMs: number;
  replayed: number;
  replayPerSecond: number;
  /** Start again after a clean stop, from the snapshot the hub writes at shutdown. */
  fromSnapshotReadyMs: number;
}

const OPERATOR: Actor = { operator: "Bench operator", role: "stage-manager", workstation: "bench" };
const HUB_ARGS = ["--demo", "--no-simulator"];

/**
 * A plausible mix of what a long event journals, 1,000 events per transaction (one actor each): notes on
 * rooms by a stage manager, a device's health changes, a device's events.
 */
function batchOf(b: number, rooms: string[], devices: string[]): { changes: JournalChange[]; actor: Actor } {
  const deviceId = devices[b % devices.length] ?? "plenary-encoder";
  const device: Actor = { operator: deviceId, role: "device", workstation: "bench" };
  const changes = Array.from({ length: 1_000 }, (_, i): JournalChange => {
    if (b % 3 === 0)
      return { type: "device.statusChanged", deviceId, status: i % 2 === 0 ? "warning" : "ok" };
    if (b % 3 === 1) return { type: "device.event", deviceId, name: "reconnected", data: {} };
    return {
      type: "room.issueChanged",
      roomId: rooms[i % rooms.length] ?? "plenary",
      issue: `note ${b}.${i}`,
    };
  });
  return { changes, actor: b % 3 === 2 ? OPERATOR : device };
}

export function writeEvents(file: string, events: number): void {
  const journal = SqliteJournal.open(file);
  try {
    // The ids come from the bundled event, which the first start journaled.
    const event = journal.latestLoadedEvent();
    const rooms = event?.venue.rooms.map((r) => r.id) ?? ["plenary"];
    const devices = event?.devices.map((d) => d.id) ?? ["plenary-encoder"];
    const at = new Date().toISOString();
    for (let b = 0; b * 1_000 < events; b++) {
      const { changes, actor } = batchOf(b, rooms, devices);
      journal.append(changes.slice(0, events - b * 1_000), actor, at);
    }
  } finally {
    journal.close();
  }
}

function sizeMiB(file: string): number {
  const size = (f: string) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  };
  return (size(file) + size(`${file}-wal`)) / (1 << 20);
}

/** Cold start of a real hub process on a journal of `events` events written directly with SqliteJournal. */
export async function coldStart(events: number): Promise<ColdStartFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), "venue-ops-coldstart-"));
  const file = join(dataDir, "journal.sqlite");
  try {
    // A first start journals the event and the clock as a real data dir has them.
    const first = await startBenchHub(dataDir, HUB_ARGS);
    const emptyReadyMs = first.readyMs;
    await first.stop();
    let started = performance.now();
    writeEvents(file, events);
    const writeMs = performance.now() - started;
    started = performance.now();
    SqliteJournal.open(file).close();
    const openMs = performance.now() - started;
    const hub = await startBenchHub(dataDir, HUB_ARGS, 300_000);
    const restored = /replayed (\d+) in (\d+) ms/.exec(hub.log());
    const replayed = Number(restored?.[1] ?? 0);
    const restoreMs = Number(restored?.[2] ?? Number.NaN);
    await hub.stop();
    const again = await startBenchHub(dataDir, HUB_ARGS, 300_000);
    await again.stop();
    return {
      events,
      journalMiB: sizeMiB(file),
      writeMs,
      emptyReadyMs,
      openMs,
      readyMs: hub.readyMs,
      restoreMs,
      replayed,
      replayPerSecond: replayed / (restoreMs / 1000),
      fromSnapshotReadyMs: again.readyMs,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
