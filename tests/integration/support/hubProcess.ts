import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** From tests/integration/support/, or from dist/bench/ when a benchmark bundles this file. */
const CLI = ["../../../bin/venue-ops.mjs", "../../bin/venue-ops.mjs"]
  .map((path) => resolve(import.meta.dirname, path))
  .find((path) => existsSync(path)) as string;
/**
 * The Node that runs hubs and the command line: this one, or another given in VENUE_OPS_TEST_NODE (a
 * Node 22 with VENUE_OPS_SQLITE=node runs the same suite on the node:sqlite driver the desktop app uses).
 */
const NODE = process.env.VENUE_OPS_TEST_NODE ?? process.execPath;

export interface HubProcess {
  url: string;
  process: ChildProcess;
  /** Everything the hub wrote to stderr so far (its log). */
  log(): string;
  /** Graceful stop (SIGTERM); resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Hard kill, as a power cut or a crash would do. */
  kill(): Promise<void>;
}

export const tempDataDir = (prefix = "venue-ops-test-") => mkdtempSync(join(tmpdir(), prefix));

/** Runs `venue-ops` to completion and returns its exit code and output. */
export function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(NODE, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("exit", (code) => done({ code, stdout, stderr }));
  });
}

/** Starts a real hub process on a free port and waits for its ready line. */
export function startHubProcess(dataDir: string, args: string[] = ["--demo"]): Promise<HubProcess> {
  const child = spawn(NODE, [CLI, "hub", "--port", "0", "--data-dir", dataDir, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  return new Promise((ready, fail) => {
    let stdout = "";
    const timer = setTimeout(() => fail(new Error(`hub did not start within 30 s:\n${stderr}`)), 30_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`hub exited with ${code} before it was ready:\n${stderr}`));
    });
    child.stdout?.on("data", (d: Buffer) => {
      stdout += d.toString();
      const match = /ready at (http:\/\/\S+)/.exec(stdout);
      if (!match?.[1]) return;
      clearTimeout(timer);
      ready({
        url: match[1],
        process: child,
        log: () => stderr,
        stop: () => {
          child.kill("SIGTERM");
          return exited;
        },
        kill: async () => {
          child.kill("SIGKILL");
          await exited;
        },
      });
    });
  });
}

/** JSON from the hub, loosely typed: tests assert its shape themselves. */
export const readJson = (res: Response): Promise<any> => res.json();
export const getJson = async (url: string, headers: Record<string, string> = {}): Promise<any> =>
  (await fetch(url, { headers })).json();

/** HTTP headers of an API client acting as the duty officer (the hub refuses anonymous changes). */
export const AS_DUTY_OFFICER = { "x-operator": "Zhao Lei", "x-role": "duty-officer" } as const;

/** What a console says to sign in as the duty officer. */
export const DUTY_OFFICER_HELLO = {
  operator: { name: "Zhao Lei", role: "duty-officer", rooms: [] },
} as const;

/** POSTs a command as an operator (the duty officer unless told otherwise); the status and the hub's answer. */
export async function postCommand(
  hubUrl: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${hubUrl}/api/commands`, {
    method: "POST",
    headers: { "content-type": "application/json", ...AS_DUTY_OFFICER, ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await readJson(res) };
}

/** Polls /api/state until `check` stops throwing, within `timeoutMs`; its last error otherwise. */
export async function eventuallyState<T>(
  hubUrl: string,
  check: (state: any) => T,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check(await getJson(`${hubUrl}/api/state`));
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
