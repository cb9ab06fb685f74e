import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HubCore, SNAPSHOT_EVERY } from "../../electron/hub/core/hubCore";
import { SqliteJournal } from "../../electron/hub/journal/sqliteJournal";
import type { JournalChange } from "../../shared/journal/journalEvents";
import type { Actor } from "../../shared/live/liveState";
import { type BenchHub, startBenchHub } from "./benchHub";
import { fmt } from "./stats";

/** One start of a real hub process on a prepared data dir, with what its log says about the journal. */
export interface StartFigures {
  /** Spawn to "Venue Ops hub ready at". */
  readyMs: number;
  /** `PRAGMA quick_check` at open; null when the hub skipped it (clean stop last time). */
  integrityMs: number | null;
  /** Events restored from the newest snapshot, events replayed after it, and the hub's restore time. */
  fromSnapshot: number;
  replayed: number;
  restoreMs: number;
}

export interface ColdStartFigures {
  events: number;
  journalMiB: number;
  /** Building the journal through HubCore as the hub does (snapshots every SNAPSHOT_EVERY events). */
  writeMs: number;
  /** The same hub on a fresh data dir: the fixed cost of starting a process. */
  emptyReadyMs: number;
  /** After a crash: the integrity check runs, then the newest snapshot and the events after it. */
  afterCrash: StartFigures;
  /** After a clean stop: no integrity check, the snapshot written at shutdown, nothing to replay. */
  afterCleanStop: StartFigures;
  /** The worst case, a journal with no snapshot at all (written directly): every event replayed. */
  noSnapshot: StartFigures & { events: number; replayPerSecond: number };
}

const OPERATOR: Actor = { operator: "Bench operator", role: "stage-manager", workstation: "bench" };
const HUB_ARGS = ["--demo", "--no-simulator"];
const BATCH = 1_000;

/**
 * A plausible mix of what a long event journals, BATCH events per transaction (one actor each): notes on
 * rooms by a stage manager, a device's health changes, a device's events.
 */
function batchOf(b: number, rooms: string[], devices: string[]): { changes: JournalChange[]; actor: Actor } {
  const deviceId = devices[b % devices.length] ?? "plenary-encoder";
  const device: Actor = { operator: deviceId, role: "device", workstation: "bench" };
  const changes = Array.from({ length: BATCH }, (_, i): JournalChange => {
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

/**
 * Appends `events` events to the data dir's journal. Through HubCore (`viaHub`) the hub's own snapshot policy
 * applies, except for the last SNAPSHOT_EVERY - 1 events, appended directly: the most a crash can leave to
 * replay. Either way the file is closed without the clean-stop marker, as a crash leaves it.
 */
export function writeEvents(file: string, events: number, viaHub: boolean): void {
  const journal = SqliteJournal.open(file);
  try {
    // The ids come from the bundled event, which the first start journaled.
    const event = journal.latestLoadedEvent();
    const rooms = event?.venue.rooms.map((r) => r.id) ?? ["plenary"];
    const devices = event?.devices.map((d) => d.id) ?? ["plenary-encoder"];
    const core = viaHub ? new HubCore(journal) : null;
    core?.restore();
    const tail = viaHub ? Math.min(events, SNAPSHOT_EVERY - 1) : events;
    const at = new Date().toISOString();
    let written = 0;
    for (let b = 0; written < events; b++) {
      const { changes, actor } = batchOf(b, rooms, devices);
      const direct = written >= events - tail;
      const size = Math.min(BATCH, (direct ? events : events - tail) - written);
      const batch = changes.slice(0, size);
      if (core && !direct) core.record(batch, actor);
      else journal.append(batch, actor, at);
      written += size;
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

function startFigures(hub: BenchHub): StartFigures {
  const log = hub.log();
  const restored = /restored (\d+) events from a snapshot and replayed (\d+) in (\d+) ms/.exec(log);
  const integrity = /integrity checked in (\d+) ms/.exec(log);
  return {
    readyMs: hub.readyMs,
    integrityMs: integrity ? Number(integrity[1]) : null,
    fromSnapshot: Number(restored?.[1] ?? 0),
    replayed: Number(restored?.[2] ?? 0),
    restoreMs: Number(restored?.[3] ?? 0),
  };
}

/** A data dir as a first start leaves it (the event and the clock journaled); returns its ready time. */
async function firstStart(dataDir: string): Promise<number> {
  const first = await startBenchHub(dataDir, HUB_ARGS);
  await first.stop();
  return first.readyMs;
}

/**
 * Cold start of a real hub process on a journal of `events` events: as the hub itself writes them (with its
 * periodic snapshots) after a crash and after a clean stop, and the worst case of a journal with no snapshot.
 */
export async function coldStart(events: number): Promise<ColdStartFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), "venue-ops-coldstart-"));
  const bare = mkdtempSync(join(tmpdir(), "venue-ops-coldstart-bare-"));
  const file = join(dataDir, "journal.sqlite");
  try {
    const emptyReadyMs = await firstStart(dataDir);
    const started = performance.now();
    writeEvents(file, events, true);
    const writeMs = performance.now() - started;
    const journalMiB = sizeMiB(file);

    const afterKill = await startBenchHub(dataDir, HUB_ARGS, 300_000);
    await afterKill.stop();
    const afterStop = await startBenchHub(dataDir, HUB_ARGS, 300_000);
    await afterStop.stop();

    await firstStart(bare);
    writeEvents(join(bare, "journal.sqlite"), events, false);
    const worst = await startBenchHub(bare, HUB_ARGS, 300_000);
    await worst.stop();
    const noSnapshot = startFigures(worst);
    return {
      events,
      journalMiB,
      writeMs,
      emptyReadyMs,
      afterCrash: startFigures(afterKill),
      afterCleanStop: startFigures(afterStop),
      noSnapshot: {
        ...noSnapshot,
        events,
        replayPerSecond: noSnapshot.replayed / (noSnapshot.restoreMs / 1000),
      },
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(bare, { recursive: true, force: true });
  }
}

const ms = (n: number) => `${fmt(n)} ms`;
const integrity = (s: StartFigures) =>
  s.integrityMs === null ? "integrity check skipped" : `integrity check ${ms(s.integrityMs)}`;

/** The cold start lines of `npm run bench`. */
export function printColdStart(cold: ColdStartFigures): void {
  const { afterCrash: crash, afterCleanStop: clean, noSnapshot: worst } = cold;
  console.log(
    `cold start of a real hub on a journal of ${fmt(cold.events)} events (${fmt(cold.journalMiB)} MiB, written as the hub does, ` +
      `a snapshot every ${fmt(SNAPSHOT_EVERY)}); fresh data dir: ready in ${ms(cold.emptyReadyMs)}`,
  );
  console.log(
    `  after a crash: ready in ${ms(crash.readyMs)} (${integrity(crash)}; snapshot at ${fmt(crash.fromSnapshot)}, ` +
      `replayed ${fmt(crash.replayed)} in ${ms(crash.restoreMs)})`,
  );
  console.log(
    `  after a clean stop: ready in ${ms(clean.readyMs)} (${integrity(clean)}; snapshot at ${fmt(clean.fromSnapshot)}, ` +
      `replayed ${fmt(clean.replayed)} in ${ms(clean.restoreMs)})`,
  );
  console.log(
    `  worst case, no snapshot at all: ready in ${ms(worst.readyMs)} (${integrity(worst)}; replayed ${fmt(worst.replayed)} ` +
      `in ${ms(worst.restoreMs)}, ${fmt(worst.replayPerSecond)} events/s)`,
  );
}
