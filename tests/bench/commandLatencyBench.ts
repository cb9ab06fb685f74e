import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import WebSocket from "ws";

// Two folders below the root both as source (tests/bench) and bundled (dist/bench).
const CLI = resolve(import.meta.dirname, "../../bin/venue-ops.mjs");

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/**
 * Command round trip through a real hub process: console socket → validate → durable append →
 * reducer → ack, one command at a time (what an operator's keystroke costs).
 */
export async function commandLatency(
  commands: number,
): Promise<{ p50: number; p95: number; p99: number; perSecond: number }> {
  const hub = spawn(
    process.execPath,
    [
      CLI,
      "hub",
      "--port",
      "0",
      "--no-simulator",
      "--data-dir",
      mkdtempSync(join(tmpdir(), "venue-ops-bench-")),
    ],
    {
      stdio: ["ignore", "pipe", "ignore"],
    },
  );
  const url = await new Promise<string>((ready) => {
    hub.stdout?.on("data", (d: Buffer) => {
      const match = /ready at (http:\/\/\S+)/.exec(d.toString());
      if (match?.[1]) ready(match[1]);
    });
  });
  const socket = new WebSocket(`${url.replace("http", "ws")}/console`);
  await new Promise((r) => socket.once("open", r));
  const latencies: number[] = [];
  let pending: (() => void) | null = null;
  socket.on("message", (data) => {
    if (JSON.parse(data.toString()).type === "ack") pending?.();
  });
  // Signed in as the plenary's stage manager: the command is theirs, with no override to journal.
  const operator = { name: "Bench", role: "stage-manager", rooms: ["plenary"] };
  socket.send(JSON.stringify({ type: "hello", operator }));
  const started = performance.now();
  for (let i = 0; i < commands; i++) {
    const t0 = performance.now();
    await new Promise<void>((done) => {
      pending = done;
      socket.send(
        JSON.stringify({
          type: "command",
          id: `b${i}`,
          command: { type: "room.setIssue", roomId: "plenary", issue: `note ${i}` },
        }),
      );
    });
    latencies.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  socket.close();
  hub.kill("SIGTERM");
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    perSecond: commands / seconds,
  };
}
