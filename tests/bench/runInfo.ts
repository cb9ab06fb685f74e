import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";

/** The commit the figures belong to (short hash), or "unknown" outside a git checkout. */
export function headCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  } catch {
    return "unknown";
  }
}

/** The machine the figures come from, for the JSON and the heading line. */
export function machineInfo(): { cpus: number; model: string; memGiB: number; node: string } {
  return {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? "cpu",
    memGiB: totalmem() / 2 ** 30,
    node: process.version,
  };
}
