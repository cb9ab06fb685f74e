import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HubCore } from "../../electron/hub/core/hubCore";
import { SqliteJournal } from "../../electron/hub/journal/sqliteJournal";
import { HUB_ACTOR } from "../../shared/journal/journalEvents";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function tempJournal(): { journal: SqliteJournal; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "venue-ops-bench-"));
  return { journal: SqliteJournal.open(join(dir, "journal.sqlite")), dir };
}

/** Durable appends, one transaction (one fsync) per event, as the hub does for each command. */
export function appendRate(events: number, runs: number): number {
  const rates: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { journal, dir } = tempJournal();
    const started = performance.now();
    for (let i = 0; i < events; i++) {
      journal.append(
        [{ type: "room.issueChanged", roomId: "plenary", issue: `note ${i}` }],
        HUB_ACTOR,
        new Date().toISOString(),
      );
    }
    rates.push(events / ((performance.now() - started) / 1000));
    journal.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return median(rates);
}

/** Start-up without a snapshot: every event read back and applied by the reducer. */
export function replayRate(events: number, runs: number): { rate: number; ms: number } {
  const { journal, dir } = tempJournal();
  const batch = Array.from({ length: 1_000 }, (_, i) => ({
    type: "room.issueChanged" as const,
    roomId: "plenary",
    issue: `note ${i}`,
  }));
  for (let written = 0; written < events; written += batch.length)
    journal.append(batch, HUB_ACTOR, new Date().toISOString());
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    new HubCore(journal).restore();
    times.push(performance.now() - started);
  }
  journal.close();
  rmSync(dir, { recursive: true, force: true });
  const ms = median(times);
  return { rate: events / (ms / 1000), ms };
}
