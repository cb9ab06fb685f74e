import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

const READY = /Venue Ops hub ready at (http:\/\/\S+)/;
const START_TIMEOUT_MS = 30_000;

function waitForReady(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    const fail = (why: string) => reject(new Error(`${why}\n--- hub output ---\n${output.join("\n")}`));
    const timer = setTimeout(() => fail("the hub did not report ready in time"), START_TIMEOUT_MS);
    const onLine = (line: string) => {
      output.push(line);
      const match = READY.exec(line);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve(match[1]);
    };
    if (child.stdout) createInterface({ input: child.stdout }).on("line", onLine);
    if (child.stderr) createInterface({ input: child.stderr }).on("line", (line) => output.push(line));
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(`the hub exited with code ${code} before it was ready`);
    });
  });
}

/**
 * Starts the real hub with the bundled demo event on a free port and a fresh data directory, and
 * hands its URL to the tests. With VENUE_OPS_E2E_URL already set, the tests use that hub instead.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.VENUE_OPS_E2E_URL) return;
  for (const built of ["dist/hub/cli.mjs", "dist/renderer/index.html"]) {
    if (!existsSync(built))
      throw new Error(`${built} is missing: run \`npm run build\` before the end-to-end tests.`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), "venue-ops-e2e-"));
  const child = spawn(
    process.execPath,
    ["bin/venue-ops.mjs", "hub", "--demo", "--port", "0", "--data-dir", dataDir],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const url = await waitForReady(child);
  process.env.VENUE_OPS_E2E_URL = url;
  process.env.VENUE_OPS_E2E_HUB_PID = String(child.pid);
  process.env.VENUE_OPS_E2E_DATA_DIR = dataDir;
}
