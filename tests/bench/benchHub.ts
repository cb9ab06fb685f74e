import { spawn } from "node:child_process";
import { resolve } from "node:path";

// Two folders below the root both as source (tests/bench) and bundled (dist/bench). VENUE_OPS_BENCH_CLI
// points the benchmarks at another build of the command line, to measure a change to the hub side by side.
export const CLI = process.env.VENUE_OPS_BENCH_CLI ?? resolve(import.meta.dirname, "../../bin/venue-ops.mjs");

export interface BenchHub {
  url: string;
  pid: number;
  /** From spawning the process to its "ready at" line, in ms. */
  readyMs: number;
  /** Everything the hub wrote to stderr (its log). */
  log(): string;
  /** SIGTERM: the hub closes cleanly and writes a snapshot. */
  stop(): Promise<void>;
  /** SIGKILL: a crash or a power cut. */
  kill(): Promise<void>;
}

/** Starts a real hub process (`venue-ops hub`) on a free port and resolves when it prints its ready line. */
export function startBenchHub(
  dataDir: string,
  args: readonly string[],
  timeoutMs = 60_000,
): Promise<BenchHub> {
  return startReadyProcess([CLI, "hub", "--port", "0", "--data-dir", dataDir, ...args], timeoutMs);
}

/** Runs a Node script that prints "ready at http://..." once it listens (the hub, or the bench's relay). */
export function startReadyProcess(args: readonly string[], timeoutMs = 60_000): Promise<BenchHub> {
  const started = performance.now();
  const child = spawn(process.env.VENUE_OPS_TEST_NODE ?? process.execPath, args, {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  return new Promise((ready, fail) => {
    let stdout = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error(`process not ready within ${timeoutMs} ms:\n${stderr}`));
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`process exited with ${code} before it was ready:\n${stderr}`));
    });
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      const match = /ready at (http:\/\/\S+)/.exec(stdout);
      if (!match?.[1]) return;
      clearTimeout(timer);
      ready({
        url: match[1],
        pid: child.pid ?? 0,
        readyMs: performance.now() - started,
        log: () => stderr,
        stop: () => {
          child.kill("SIGTERM");
          return exited;
        },
        kill: () => {
          child.kill("SIGKILL");
          return exited;
        },
      });
    });
  });
}
