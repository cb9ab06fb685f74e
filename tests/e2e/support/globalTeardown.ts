import { rmSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the hub that globalSetup started (only that process, by its id) and removes its data. */
export default async function globalTeardown(): Promise<void> {
  const pid = Number(process.env.VENUE_OPS_E2E_HUB_PID);
  if (pid > 0 && isRunning(pid)) {
    process.kill(pid, "SIGTERM");
    for (let waited = 0; waited < 5000 && isRunning(pid); waited += 100) await sleep(100);
    if (isRunning(pid)) process.kill(pid, "SIGKILL");
  }
  const dataDir = process.env.VENUE_OPS_E2E_DATA_DIR;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
