import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { alertPassMicros } from "./alertsBench";
import { serveRelay } from "./bareRelay";
import { benchArgs } from "./benchArgs";
import { coldStart, printColdStart } from "./coldStartBench";
import { commandLatency } from "./commandLatencyBench";
import { type ConsoleWindowFigures, consoleUnderLoad } from "./consoleLoadBench";
import { failover, printFailover } from "./failoverBench";
import { appendRate, replayRate } from "./journalBench";
import { deviceLoad, type LoadFigures, type StepFigures } from "./loadBench";
import { headCommit, machineInfo } from "./runInfo";
import { fmt } from "./stats";

/**
 * `npm run bench [-- --quick] [--json FILE] [--devices N --rate R --consoles K] [--no-console]`: prints the
 * figures kept in docs/PERFORMANCE.md. `--serve-relay` runs this file as the bare relay of the load benchmark instead.
 */
const args = benchArgs(process.argv.slice(2));

const ms = (n: number) => `${fmt(n, n < 10 ? 2 : 0)} ms`;

function printStep(label: string, s: StepFigures): void {
  console.log(
    `  ${label}: sent ${fmt(s.sentFps)} frames/s, accepted ${fmt(s.acceptedFps)} frames/s` +
      `${s.keptUp ? "" : " (fell behind)"}${s.generatorShort ? " (generator short of the target)" : ""}; ` +
      `latency p50 ${ms(s.latencyMs.p50)}, p95 ${ms(s.latencyMs.p95)}, p99 ${ms(s.latencyMs.p99)}; ` +
      `server CPU ${fmt(s.serverCpu * 100)} % (${fmt(s.serverCpuMicrosPerFrame, 1)} µs/frame), bench CPU ${fmt(s.benchCpu * 100)} %; ` +
      `coalesced ${fmt(s.coalescedShare * 100, 1)} %, dropped for consoles ${fmt(s.droppedForConsoles)}` +
      `${s.badMessages > 0 ? `, ${s.badMessages} bad messages` : ""}`,
  );
}

function printLoad(figures: LoadFigures): void {
  console.log(
    `${figures.server}: ${figures.devices} devices connected in ${ms(figures.connectMs)}, ${figures.consoles} consoles`,
  );
  printStep(`base ${fmt(figures.base.targetFps)} frames/s`, figures.base);
  for (const s of figures.steps) printStep(`saturation ${fmt(s.targetFps)} frames/s`, s);
  console.log(
    `  ${figures.server} highest sustained ingest: ${fmt(figures.sustainedFps)} frames/s (ladder stopped: ${figures.stoppedBy}); ` +
      `RSS ${fmt(figures.rssMiB)} MiB, peak ${fmt(figures.peakRssMiB)} MiB`,
  );
}

function printConsoleWindow(label: string, w: ConsoleWindowFigures): void {
  console.log(
    `  ${label}: ${fmt(w.fps, 1)} fps (frame p50 ${ms(w.frameMs.p50)}, p99 ${ms(w.frameMs.p99)}, longest ${ms(w.frameMs.max)}, ` +
      `${fmt(w.slowFrames)} over 20 ms); long tasks ${fmt(w.longTasks.count)}` +
      `${w.longTasks.count > 0 ? ` (longest ${ms(w.longTasks.longestMs)}, ${ms(w.longTasks.totalMs)} in all)` : ""}; main thread ${fmt(w.mainThreadBusy * 100)} % busy (script ${fmt(w.scriptBusy * 100)} %), ` +
      `browser CPU ${fmt(w.browserCpu * 100)} % of a core; JS heap after GC ${fmt(w.heapBeforeMiB, 1)} → ${fmt(w.heapAfterMiB, 1)} MiB ` +
      `(${w.heapGrowthMiB >= 0 ? "+" : ""}${fmt(w.heapGrowthMiB, 2)} MiB over ${fmt(w.seconds)} s), DOM nodes ${fmt(w.domNodesBefore)} → ${fmt(w.domNodesAfter)}`,
  );
}

async function consoleLoad(): Promise<unknown> {
  const windowMs = args.quick ? 8_000 : 20_000;
  console.log(
    `console under load: the Overview in Chromium against a real hub with ${args.devices} devices, ` +
      `${fmt(windowMs / 1000)} s idle then ${fmt(windowMs / 1000)} s at ${fmt(args.devices * args.rate)} frames/s; then the Devices view under that load`,
  );
  try {
    const c = await consoleUnderLoad({
      devices: args.devices,
      rate: args.rate,
      windowMs,
      devicesView: true,
      profile: args.consoleProfile,
      ...(args.consoleTrace ? { tracePath: args.consoleTrace } : {}),
    });
    console.log(
      `  console ready in ${ms(c.consoleReadyMs)}; load average ${c.loadAverageBefore.join(" ")} before, ${c.loadAverageAfter.join(" ")} after`,
    );
    printConsoleWindow(
      `no device load (${fmt(c.baseline.telemetryPerSecond, 1)} telemetry messages/s)`,
      c.baseline,
    );
    printConsoleWindow(
      `${fmt(c.loaded.deviceFps)} device frames/s (${fmt(c.loaded.telemetryPerSecond, 1)} telemetry messages/s)`,
      c.loaded,
    );
    if (c.devicesLoaded)
      printConsoleWindow(
        `the Devices view at ${fmt(c.devicesLoaded.deviceFps)} device frames/s (${fmt(c.devicesLoaded.telemetryPerSecond, 1)} telemetry messages/s)`,
        c.devicesLoaded,
      );
    for (const spot of c.hotSpots ?? [])
      console.log(`    ${fmt(spot.share * 100, 1).padStart(5)} %  ${spot.name}`);
    if (c.tracedTasks)
      console.log(
        `  trace of the Overview under load (${args.consoleTrace}): ${fmt(c.tracedTasks.tasks)} main-thread tasks, ` +
          `${fmt(c.tracedTasks.overWall50)} over 50 ms of wall time (longest ${ms(c.tracedTasks.longestWallMs)}), ` +
          `${fmt(c.tracedTasks.overCpu50)} over 50 ms of CPU time (longest ${ms(c.tracedTasks.longestCpuMs)})`,
      );
    return c;
  } catch (error) {
    // A machine without Chromium still gets the other figures; the reason is printed and kept.
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.log(
      `  skipped: ${reason} (Chromium from PLAYWRIGHT_CHROMIUM_PATH, /usr/bin/chromium or \`npx playwright install chromium\`)`,
    );
    return { skipped: reason };
  }
}

async function main(): Promise<void> {
  const { quick } = args;
  const machine = machineInfo();
  const figures: Record<string, unknown> = {
    date: new Date().toISOString(),
    commit: headCommit(),
    quick,
    machine,
    options: { devices: args.devices, rate: args.rate, consoles: args.consoles, console: args.console },
  };
  console.log(
    `Venue Ops Console benchmarks (${quick ? "quick" : "full"}) on ${machine.cpus} × ${machine.model}, Node ${machine.node}, commit ${figures.commit}`,
  );
  const standby = async () => {
    figures.failover = await failover(quick ? 2 : 5);
    printFailover(figures.failover as Parameters<typeof printFailover>[0]);
  };
  if (args.failoverOnly) {
    await standby();
    writeFigures(figures);
    return;
  }
  const append = appendRate(quick ? 300 : 5_000, quick ? 3 : 5);
  figures.journalAppendPerSecond = append;
  console.log(`journal append, durable (1 fsync per event), median of runs: ${fmt(append)} events/s`);
  const replayEvents = quick ? 50_000 : 500_000;
  const replay = replayRate(replayEvents, 3);
  figures.replay = { events: replayEvents, ...replay };
  console.log(
    `start-up replay of ${fmt(replayEvents)} events without a snapshot, median of 3: ${fmt(replay.ms)} ms (${fmt(replay.rate)} events/s)`,
  );
  const latency = await commandLatency(quick ? 300 : 3_000);
  figures.commandRoundTrip = latency;
  console.log(
    `command round trip over the console socket (real hub process, sequential): p50 ${fmt(latency.p50, 2)} ms, ` +
      `p95 ${fmt(latency.p95, 2)} ms, p99 ${fmt(latency.p99, 2)} ms, ${fmt(latency.perSecond)} commands/s`,
  );
  const alertPass = alertPassMicros(quick ? 200 : 2_000);
  figures.alertPassMicros = alertPass;
  console.log(
    `alert monitor pass (interpretation and speaker rules, bundled event, day 4 with two sessions live), median: ${fmt(alertPass)} µs`,
  );

  const cold = await coldStart(quick ? 100_000 : 1_000_000);
  figures.coldStart = cold;
  printColdStart(cold);

  console.log(
    `device load: ${args.devices} devices at ${args.rate} Hz (${fmt(args.devices * args.rate)} frames/s), ${args.consoles} consoles, then rising rates`,
  );
  const load = await deviceLoad(
    { devices: args.devices, rate: args.rate, consoles: args.consoles, quick },
    fileURLToPath(import.meta.url),
  );
  printLoad(load.hub);
  printLoad(load.relay);
  const ratio = load.hub.sustainedFps / Math.max(1, load.relay.sustainedFps);
  figures.load = { ...load, hubToRelay: ratio };
  console.log(
    `hub / relay highest sustained ingest: ${fmt(ratio, 2)} (${fmt(load.hub.sustainedFps)} / ${fmt(load.relay.sustainedFps)} frames/s)`,
  );
  await standby();
  if (args.console) figures.consoleLoad = await consoleLoad();
  writeFigures(figures);
}

function writeFigures(figures: Record<string, unknown>): void {
  if (!args.json) return;
  writeFileSync(args.json, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`figures written to ${args.json}`);
}

// Last, so that every helper above is initialised before it runs.
if (args.serveRelay) serveRelay();
else await main();
