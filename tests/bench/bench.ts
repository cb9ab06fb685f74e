import { cpus } from "node:os";
import { alertPassMicros } from "./alertsBench";
import { commandLatency } from "./commandLatencyBench";
import { appendRate, replayRate } from "./journalBench";

/** `npm run bench`: prints the figures kept in docs/PERFORMANCE.md. `--quick` for a short run. */
const quick = process.argv.includes("--quick");
const f = (n: number, digits = 0) =>
  n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });

console.log(
  `Venue Ops Console benchmarks (${quick ? "quick" : "full"}) on ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}`,
);
const append = appendRate(quick ? 1_000 : 5_000, quick ? 3 : 5);
console.log(`journal append, durable (1 fsync per event), median of runs: ${f(append)} events/s`);
const replayEvents = quick ? 50_000 : 500_000;
const replay = replayRate(replayEvents, 3);
console.log(
  `start-up replay of ${f(replayEvents)} events without a snapshot, median of 3: ${f(replay.ms)} ms (${f(replay.rate)} events/s)`,
);
const latency = await commandLatency(quick ? 500 : 3_000);
console.log(
  `command round trip over the console socket (real hub process, sequential): p50 ${f(latency.p50, 2)} ms, ` +
    `p95 ${f(latency.p95, 2)} ms, p99 ${f(latency.p99, 2)} ms, ${f(latency.perSecond)} commands/s`,
);
const alertPass = alertPassMicros(quick ? 200 : 2_000);
console.log(
  `alert monitor pass (interpretation and speaker rules, bundled event, day 4 with two sessions live), median: ${f(alertPass)} µs`,
);
