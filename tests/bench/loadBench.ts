import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BenchHub, startBenchHub, startReadyProcess } from "./benchHub";
import { type ConsoleObservers, HubConsoles, RelayConsoles } from "./consoleObservers";
import { DeviceFleet } from "./deviceFleet";
import { eventWithDevices, issueTokens, type LoadDevice } from "./loadEvent";
import { CpuMeter, memoryMiB } from "./procStats";
import { sleep, spread } from "./stats";

export interface LoadOptions {
  devices: number;
  /** State frames per second per device in the base step. */
  rate: number;
  consoles: number;
  quick: boolean;
}

export interface StepFigures {
  targetFps: number;
  /** State frames the fleet actually sent per second. */
  sentFps: number;
  /** State frames per second whose values reached a console: the frames the server took in. */
  acceptedFps: number;
  /** Frames sent but not yet seen by a console at the end of the step. */
  backlogFrames: number;
  keptUp: boolean;
  /** The fleet could not send the target rate: the load generator, not the server, was the limit. */
  generatorShort: boolean;
  latencyMs: { p50: number; p95: number; p99: number; samples: number };
  /** Share of the server's accepted frames the measuring console never saw (replaced by a newer value). */
  coalescedShare: number;
  /** Frames (telemetry rounds for the hub) fewer than the best-served console, summed over consoles. */
  droppedForConsoles: number;
  /** CPU of the server process and of the bench process (devices + consoles), in cores. */
  serverCpu: number;
  benchCpu: number;
  /** Server CPU per accepted frame, in µs: the cost of a frame, whatever else the machine is doing. */
  serverCpuMicrosPerFrame: number;
  badMessages: number;
}

export interface LoadFigures {
  server: "hub" | "relay";
  devices: number;
  consoles: number;
  connectMs: number;
  base: StepFigures;
  steps: StepFigures[];
  /** Highest accepted rate of a step the server kept up with. */
  sustainedFps: number;
  /** Why the ladder stopped. */
  stoppedBy: "server fell behind" | "load generator" | "per-device flood limit" | "end of ladder";
  rssMiB: number;
  peakRssMiB: number;
}

/** Per-device frames per second must stay under the protocol's flood guard (100 for 5 s). */
const MAX_DEVICE_HZ = 95;

interface Rig {
  fleet: DeviceFleet;
  observers: ConsoleObservers;
  server: BenchHub;
}

function reading(rig: Rig) {
  return {
    at: performance.now(),
    sent: rig.fleet.stateFrames,
    accepted: rig.observers.accepted,
    coalesced: rig.observers.coalesced,
    frames: [...rig.observers.framesPerConsole],
    errors: rig.fleet.errors,
  };
}

async function step(rig: Rig, targetFps: number, warmMs: number, measureMs: number): Promise<StepFigures> {
  rig.fleet.setRate(targetFps);
  await sleep(warmMs);
  const serverCpu = CpuMeter.ofProcess(rig.server.pid);
  const benchCpu = CpuMeter.ofThisProcess();
  rig.observers.latencyMs.clear();
  const begin = reading(rig);
  await sleep(measureMs);
  const end = reading(rig);
  const serverShare = serverCpu.take();
  const seconds = (end.at - begin.at) / 1000;
  const sentFps = (end.sent - begin.sent) / seconds;
  const acceptedFps = (end.accepted - begin.accepted) / seconds;
  const backlogFrames = rig.observers.backlog();
  const received = end.frames.map((n, k) => n - (begin.frames[k] ?? 0));
  const best = Math.max(...received);
  return {
    targetFps,
    sentFps,
    acceptedFps,
    backlogFrames,
    // Kept up: took in what was sent, and what it has not shown yet is under a second's worth.
    keptUp: acceptedFps >= 0.95 * sentFps && backlogFrames <= Math.max(sentFps, 1),
    generatorShort: sentFps < 0.9 * targetFps,
    latencyMs: spread(rig.observers.latencyMs),
    coalescedShare: (end.coalesced - begin.coalesced) / Math.max(1, end.accepted - begin.accepted),
    droppedForConsoles: received.reduce((sum, n) => sum + (best - n), 0),
    serverCpu: serverShare,
    benchCpu: benchCpu.take(),
    serverCpuMicrosPerFrame: (serverShare / Math.max(1, acceptedFps)) * 1e6,
    badMessages: end.errors - begin.errors,
  };
}

/** Raising total rates for the saturation step (frames/s over the fleet). */
const ladder = (quick: boolean) =>
  quick ? [10_000, 20_000, 40_000] : [5_000, 10_000, 15_000, 20_000, 25_000, 30_000, 35_000, 40_000, 45_000];

async function runLadder(
  serverKind: LoadFigures["server"],
  server: BenchHub,
  devices: readonly LoadDevice[],
  tokens: ReadonlyMap<string, string>,
  options: LoadOptions,
): Promise<LoadFigures> {
  const connectStarted = performance.now();
  const fleet = await DeviceFleet.connect(server.url, devices, tokens);
  const connectMs = performance.now() - connectStarted;
  fleet.setRate(0);
  const observers =
    serverKind === "hub"
      ? await HubConsoles.connect(server.url, fleet, options.consoles)
      : await RelayConsoles.connect(server.url, fleet, options.consoles);
  const rig: Rig = { fleet, observers, server };
  try {
    const baseFps = options.devices * options.rate;
    const base = await step(rig, baseFps, options.quick ? 1_000 : 2_000, options.quick ? 3_000 : 10_000);
    const steps: StepFigures[] = [];
    let stoppedBy: LoadFigures["stoppedBy"] = "end of ladder";
    let generatorShortRuns = 0;
    for (const fps of ladder(options.quick).filter((f) => f > baseFps)) {
      if (fps / options.devices > MAX_DEVICE_HZ) {
        stoppedBy = "per-device flood limit";
        break;
      }
      const measure = () => step(rig, fps, options.quick ? 500 : 1_500, options.quick ? 2_000 : 4_000);
      let figures = await measure();
      // Other work on the machine can stall a step: in a full run, one that fell behind gets a second chance.
      if (!figures.keptUp && !options.quick) {
        rig.fleet.setRate(0);
        await sleep(2_000);
        const again = await measure();
        if (again.keptUp || again.acceptedFps > figures.acceptedFps) figures = again;
      }
      steps.push(figures);
      generatorShortRuns = figures.generatorShort ? generatorShortRuns + 1 : 0;
      if (!figures.keptUp) {
        stoppedBy = figures.generatorShort ? "load generator" : "server fell behind";
        break;
      }
      if (generatorShortRuns === 2) {
        stoppedBy = "load generator";
        break;
      }
    }
    const kept = [base, ...steps].filter((s) => s.keptUp).map((s) => s.acceptedFps);
    const memory = memoryMiB(server.pid);
    return {
      server: serverKind,
      devices: options.devices,
      consoles: options.consoles,
      connectMs,
      base,
      steps,
      sustainedFps: Math.max(0, ...kept),
      stoppedBy,
      rssMiB: memory.rss,
      peakRssMiB: memory.peak,
    };
  } finally {
    fleet.close();
    observers.close();
  }
}

/** The same device load against the real hub, then against the bare relay (`relayScript --serve-relay`). */
export async function deviceLoad(
  options: LoadOptions,
  relayScript: string,
): Promise<{ hub: LoadFigures; relay: LoadFigures }> {
  const dataDir = mkdtempSync(join(tmpdir(), "venue-ops-load-"));
  const { file, devices } = eventWithDevices(dataDir, options.devices);
  const tokens = issueTokens(
    dataDir,
    devices.map((d) => d.id),
  );
  const hubServer = await startBenchHub(dataDir, ["--demo", "--no-simulator", "--event", file]);
  let hub: LoadFigures;
  try {
    hub = await runLadder("hub", hubServer, devices, tokens, options);
  } finally {
    await hubServer.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const relayServer = await startReadyProcess([relayScript, "--serve-relay"]);
  try {
    return { hub, relay: await runLadder("relay", relayServer, devices, tokens, options) };
  } finally {
    await relayServer.stop();
  }
}
