import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Browser, type CDPSession, chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../e2e/support/chromium";
import { startBenchHub } from "./benchHub";
import { DeviceFleet } from "./deviceFleet";
import { eventWithDevices, issueTokens } from "./loadEvent";
import { CpuMeter, cpuSeconds } from "./procStats";
import { percentile, sleep } from "./stats";

// Two folders below the root both as source (tests/bench) and bundled (dist/bench).
const ROOT = resolve(import.meta.dirname, "../..");
const CONSOLE_INDEX = join(ROOT, "dist", "renderer", "index.html");

export interface ConsoleLoadOptions {
  devices: number;
  /** State frames per second per device while loaded. */
  rate: number;
  /** Length of each measured window (no load, then load), in ms. */
  windowMs: number;
  /** Also record a CPU profile of the console under load (after the measured windows) and list its hot spots. */
  profile?: boolean;
  /**
   * Then measure the Devices view under the same load too: the view that draws every device's telemetry
   * (the Overview draws none of it).
   */
  devicesView?: boolean;
  /** Also write a Chrome trace (chrome://tracing, Perfetto) of the Overview's window under load to this file. */
  tracePath?: string;
}

export interface ConsoleWindowFigures {
  seconds: number;
  /** Device state frames the fleet sent per second during the window. */
  deviceFps: number;
  /** `telemetry` messages the console received per second (the hub's coalesced rounds). */
  telemetryPerSecond: number;
  /** requestAnimationFrame callbacks per second in the page: frames rendered. */
  fps: number;
  /** Time between consecutive animation frames, in ms. */
  frameMs: { p50: number; p95: number; p99: number; max: number };
  /** Gaps between frames over 20 ms (under 50 fps at that moment). */
  slowFrames: number;
  /** PerformanceObserver 'longtask' entries (tasks over 50 ms on the page's main thread). */
  longTasks: { count: number; longestMs: number; totalMs: number };
  /** Share of the window the page's main thread spent in tasks, and in script (CDP Performance metrics). */
  mainThreadBusy: number;
  scriptBusy: number;
  /** Share of one core used by the whole browser (all its processes) over the window. */
  browserCpu: number;
  /** JSHeapUsedSize after a forced garbage collection, before and after the window, in MiB. */
  heapBeforeMiB: number;
  heapAfterMiB: number;
  heapGrowthMiB: number;
  /** DOM nodes before and after (a leak of elements shows here). */
  domNodesBefore: number;
  domNodesAfter: number;
}

export interface ConsoleLoadFigures {
  devices: number;
  rate: number;
  /** The fleet connecting to the hub (before the console opens). */
  connectMs: number;
  /** From navigation to the floor plan on screen with the link connected. */
  consoleReadyMs: number;
  /** /proc/loadavg (1, 5 and 15 minutes) when the measurement began and when it ended. */
  loadAverageBefore: number[];
  loadAverageAfter: number[];
  /** The same console, devices connected and idle (heartbeats only). */
  baseline: ConsoleWindowFigures;
  /** The console while devices × rate state frames per second arrive. */
  loaded: ConsoleWindowFigures;
  /** With `devicesView`: the Devices view (every device's row) under the same load, after the Overview. */
  devicesLoaded?: ConsoleWindowFigures;
  /**
   * With `tracePath`: the Overview's main-thread tasks over 50 ms in the traced window under load, by wall
   * time (what a long task is) and by the thread's CPU time: a task long in wall time but short in CPU time
   * waited for a core (other processes on the machine), not for the console's own work.
   */
  tracedTasks?: TracedTasks;
  /** With `profile`: self time of the hottest functions in the console under load, share of the samples. */
  hotSpots?: { name: string; share: number }[];
}

const loadAverage = (): number[] =>
  readFileSync("/proc/loadavg", "utf8")
    .split(" ")
    .slice(0, 3)
    .map((n) => Number(n));

/**
 * The hub serves the console from dist/renderer, which `npm run bench` (a `--node-only` build) does not
 * produce: build it with vite as `node scripts/build.mjs` does, if it is missing.
 */
export async function ensureConsoleBuilt(): Promise<void> {
  if (existsSync(CONSOLE_INDEX)) return;
  console.log(
    "  dist/renderer is missing: building the console (the renderer part of `node scripts/build.mjs`)",
  );
  const { build } = await import("vite");
  await build({ configFile: join(ROOT, "vite.config.ts"), logLevel: "warn" });
  if (!existsSync(CONSOLE_INDEX))
    throw new Error(`${CONSOLE_INDEX} is still missing: run \`node scripts/build.mjs\` first`);
}

/**
 * CPU of the browser: every process below this one (Playwright starts Chromium as a child of the bench)
 * except the hub's, in seconds.
 */
function browserCpuMeter(hubPid: number): CpuMeter {
  const children = (pid: number): number[] => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  };
  return new CpuMeter(() => {
    let seconds = 0;
    const queue = children(process.pid).filter((pid) => pid !== hubPid);
    while (queue.length > 0) {
      const pid = queue.pop() as number;
      try {
        seconds += cpuSeconds(pid);
      } catch {
        // The process ended between listing and reading.
      }
      queue.push(...children(pid));
    }
    return seconds;
  });
}

/** The page's own recorder: animation frame times and long tasks, from the moment it is installed. */
interface PageRecording {
  frames: number[];
  longTasks: number[];
}

async function startRecording(page: Page): Promise<void> {
  // Runs in the page; typed by hand because the bench is compiled without the DOM library.
  await page.evaluate(() => {
    type Entry = { duration: number };
    type Observer = {
      observe(options: { type: string; buffered?: boolean }): void;
      disconnect(): void;
    };
    const g = globalThis as unknown as {
      requestAnimationFrame(callback: (at: number) => void): number;
      PerformanceObserver: new (callback: (list: { getEntries(): Entry[] }) => void) => Observer;
      __benchRecording?: { frames: number[]; longTasks: number[]; running: boolean; observer: Observer };
    };
    const recording = {
      frames: [] as number[],
      longTasks: [] as number[],
      running: true,
      observer: new g.PerformanceObserver((list) => {
        for (const entry of list.getEntries()) recording.longTasks.push(entry.duration);
      }),
    };
    recording.observer.observe({ type: "longtask" });
    const tick = (at: number) => {
      if (!recording.running) return;
      recording.frames.push(at);
      g.requestAnimationFrame(tick);
    };
    g.requestAnimationFrame(tick);
    g.__benchRecording = recording;
  });
}

async function stopRecording(page: Page): Promise<PageRecording> {
  return page.evaluate(() => {
    type Observer = { takeRecords(): { duration: number }[]; disconnect(): void };
    const g = globalThis as unknown as {
      __benchRecording?: { frames: number[]; longTasks: number[]; running: boolean; observer: Observer };
    };
    const recording = g.__benchRecording;
    if (!recording) return { frames: [], longTasks: [] };
    recording.running = false;
    for (const entry of recording.observer.takeRecords()) recording.longTasks.push(entry.duration);
    recording.observer.disconnect();
    g.__benchRecording = undefined;
    return { frames: recording.frames, longTasks: recording.longTasks };
  });
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** JS heap in use after a full garbage collection, and the page's DOM nodes. */
async function settledHeap(cdp: CDPSession): Promise<{ heapMiB: number; nodes: number }> {
  await cdp.send("HeapProfiler.collectGarbage");
  const m = await metrics(cdp);
  return { heapMiB: (m.JSHeapUsedSize ?? 0) / 2 ** 20, nodes: m.Nodes ?? 0 };
}

interface Rig {
  page: Page;
  cdp: CDPSession;
  fleet: DeviceFleet;
  hubPid: number;
  telemetryFrames: () => number;
}

/** Called just inside the measured part of a window (after the garbage collection that opens it, and before the one that closes it). */
interface WindowHooks {
  started(): Promise<void>;
  stopping(): Promise<void>;
}

async function measureWindow(rig: Rig, windowMs: number, hooks?: WindowHooks): Promise<ConsoleWindowFigures> {
  const heapBefore = await settledHeap(rig.cdp);
  const before = await metrics(rig.cdp);
  const cpu = browserCpuMeter(rig.hubPid);
  const sentBefore = rig.fleet.stateFrames;
  const telemetryBefore = rig.telemetryFrames();
  await hooks?.started();
  await startRecording(rig.page);
  const started = performance.now();
  await sleep(windowMs);
  const recording = await stopRecording(rig.page);
  await hooks?.stopping();
  const seconds = (performance.now() - started) / 1000;
  const browserCpu = cpu.take();
  const sent = rig.fleet.stateFrames - sentBefore;
  const telemetry = rig.telemetryFrames() - telemetryBefore;
  const after = await metrics(rig.cdp);
  const heapAfter = await settledHeap(rig.cdp);

  const gaps: number[] = [];
  for (let i = 1; i < recording.frames.length; i++)
    gaps.push((recording.frames[i] as number) - (recording.frames[i - 1] as number));
  const frameSpan = ((recording.frames.at(-1) ?? 0) - (recording.frames[0] ?? 0)) / 1000;
  const sorted = [...gaps].sort((a, b) => a - b);
  const busy = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) / seconds;
  return {
    seconds,
    deviceFps: sent / seconds,
    telemetryPerSecond: telemetry / seconds,
    fps: frameSpan > 0 ? gaps.length / frameSpan : 0,
    frameMs: {
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      p99: percentile(sorted, 0.99),
      max: sorted.at(-1) ?? Number.NaN,
    },
    slowFrames: gaps.filter((g) => g > 20).length,
    longTasks: {
      count: recording.longTasks.length,
      longestMs: Math.max(0, ...recording.longTasks),
      totalMs: recording.longTasks.reduce((sum, d) => sum + d, 0),
    },
    mainThreadBusy: busy("TaskDuration"),
    scriptBusy: busy("ScriptDuration"),
    browserCpu,
    heapBeforeMiB: heapBefore.heapMiB,
    heapAfterMiB: heapAfter.heapMiB,
    heapGrowthMiB: heapAfter.heapMiB - heapBefore.heapMiB,
    domNodesBefore: heapBefore.nodes,
    domNodesAfter: heapAfter.nodes,
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

/** A CPU profile of the page under load; self time per function (by name and place in the bundle). */
async function hotSpots(cdp: CDPSession, ms: number): Promise<{ name: string; share: number }[]> {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 250 });
  await cdp.send("Profiler.start");
  await sleep(ms);
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.send("Profiler.disable");
  const byName = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes as ProfileNode[]) {
    const hits = node.hitCount ?? 0;
    total += hits;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url.slice(url.lastIndexOf("/") + 1);
    const name = `${functionName || "(anonymous)"}${file ? ` ${file}:${lineNumber + 1}:${columnNumber + 1}` : ""}`;
    byName.set(name, (byName.get(name) ?? 0) + hits);
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([name, hits]) => ({ name, share: hits / Math.max(1, total) }));
}

export interface TracedTasks {
  tasks: number;
  overWall50: number;
  overCpu50: number;
  longestWallMs: number;
  longestCpuMs: number;
  /** Main-thread CPU time over the traced window, in ms. */
  cpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Top-level tasks of the busiest renderer main thread in a Chrome trace. */
function mainThreadTasks(tracePath: string): TracedTasks {
  const parsed = JSON.parse(readFileSync(tracePath, "utf8")) as TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== "X" || e.name !== "ThreadControllerImpl::RunTask") continue;
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key)) continue;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  const tasks = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const wall = tasks.map((t) => (t.dur ?? 0) / 1000);
  const cpu = tasks.map((t) => (t.tdur ?? 0) / 1000);
  return {
    tasks: tasks.length,
    overWall50: wall.filter((ms) => ms > 50).length,
    overCpu50: cpu.filter((ms) => ms > 50).length,
    longestWallMs: Math.max(0, ...wall),
    longestCpuMs: Math.max(0, ...cpu),
    cpuMs: cpu.reduce((sum, ms) => sum + ms, 0),
  };
}

/** What DevTools' Performance panel records, with each task's CPU time beside its wall time. */
const TRACE_CATEGORIES = [
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.frame",
  "v8.execute",
  "blink.user_timing",
];

/**
 * The console's Overview in Chromium against a real hub with `devices` devices: first with the devices
 * connected and idle, then while they send `devices × rate` state frames per second (and, with
 * `devicesView`, the Devices view under the same load). Reports frames rendered, long tasks, main-thread
 * time and JS heap growth for each window.
 */
export async function consoleUnderLoad(options: ConsoleLoadOptions): Promise<ConsoleLoadFigures> {
  await ensureConsoleBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), "venue-ops-console-load-"));
  const { file, devices } = eventWithDevices(dataDir, options.devices);
  const tokens = issueTokens(
    dataDir,
    devices.map((d) => d.id),
  );
  const hub = await startBenchHub(dataDir, ["--demo", "--no-simulator", "--event", file]);
  let fleet: DeviceFleet | null = null;
  let browser: Browser | null = null;
  try {
    const launched = await chromium.launch({
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS],
    });
    browser = launched;
    const connectStarted = performance.now();
    fleet = await DeviceFleet.connect(hub.url, devices, tokens);
    const connectMs = performance.now() - connectStarted;
    fleet.setRate(0);

    const context = await browser.newContext({
      baseURL: hub.url,
      viewport: { width: 1366, height: 768 },
      locale: "en-GB",
      timezoneId: "America/New_York",
    });
    // Signed in as the duty officer, in English, as the end-to-end tests' openConsole does.
    await context.addInitScript(() => {
      const { localStorage } = globalThis as unknown as {
        localStorage: { setItem(key: string, value: string): void };
      };
      localStorage.setItem(
        "venue-ops.operator",
        JSON.stringify({ name: "Bench duty officer", role: "duty-officer", rooms: [] }),
      );
      localStorage.setItem("venue-ops.locale", "en");
    });
    const page = await context.newPage();
    let telemetryFrames = 0;
    page.on("websocket", (socket) => {
      if (!socket.url().endsWith("/console")) return;
      socket.on("framereceived", ({ payload }) => {
        if (typeof payload === "string" && payload.startsWith('{"type":"telemetry"')) telemetryFrames++;
      });
    });
    // What went wrong in the page, should the console never show up (e.g. dist/renderer rebuilt meanwhile).
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    const openStarted = performance.now();
    await page.goto("/");
    try {
      await page.getByTestId("floor-plan").waitFor({ state: "visible", timeout: 60_000 });
      await page.locator('[data-testid="link-state"][data-state="connected"]').waitFor({ timeout: 60_000 });
    } catch (error) {
      const why = problems.length > 0 ? problems.slice(0, 5).join("; ") : "no page error or failed request";
      throw new Error(`the console did not show the Overview connected: ${why}`, { cause: error });
    }
    const consoleReadyMs = performance.now() - openStarted;
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await cdp.send("HeapProfiler.enable");
    const rig: Rig = {
      page,
      cdp,
      fleet,
      hubPid: hub.pid,
      telemetryFrames: () => telemetryFrames,
    };

    const loadAverageBefore = loadAverage();
    // Let the first render and the devices' connection events settle.
    await sleep(2_000);
    const baseline = await measureWindow(rig, options.windowMs);
    fleet.setRate(options.devices * options.rate);
    await sleep(2_000);
    const { tracePath } = options;
    const loaded = await measureWindow(
      rig,
      options.windowMs,
      tracePath
        ? {
            started: () => launched.startTracing(page, { path: tracePath, categories: TRACE_CATEGORIES }),
            stopping: async () => {
              await launched.stopTracing();
            },
          }
        : undefined,
    );
    const tracedTasks = tracePath ? mainThreadTasks(tracePath) : undefined;
    let devicesLoaded: ConsoleWindowFigures | undefined;
    if (options.devicesView) {
      await page.getByTestId("view-devices").click({ timeout: 60_000 });
      await page.getByTestId("devices-table").waitFor({ state: "visible", timeout: 60_000 });
      await sleep(2_000);
      devicesLoaded = await measureWindow(rig, options.windowMs);
    }
    const loadAverageAfter = loadAverage();
    const figures: ConsoleLoadFigures = {
      devices: options.devices,
      rate: options.rate,
      connectMs,
      consoleReadyMs,
      loadAverageBefore,
      loadAverageAfter,
      baseline,
      loaded,
      ...(devicesLoaded ? { devicesLoaded } : {}),
      ...(tracedTasks ? { tracedTasks } : {}),
    };
    // The view last measured is the one profiled.
    if (options.profile) figures.hotSpots = await hotSpots(cdp, Math.min(options.windowMs, 10_000));
    return figures;
  } finally {
    fleet?.close();
    await browser?.close();
    await hub.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
