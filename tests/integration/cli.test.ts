import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, startHubProcess, tempDataDir } from "./support/hubProcess";

const BUNDLED = resolve(import.meta.dirname, "../../events/gmf-2021.json");

function brokenCopy(mutate: (event: Record<string, any>) => void): string {
  const event = JSON.parse(readFileSync(BUNDLED, "utf8"));
  mutate(event);
  const file = join(tempDataDir(), "broken.json");
  writeFileSync(file, JSON.stringify(event));
  return file;
}

describe("venue-ops command line", () => {
  it("accepts the bundled event", async () => {
    const { code, stdout } = await runCli(["validate", BUNDLED]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/valid \(.*6 days, 24 sessions/);
  });

  it("rejects a broken file with a message per problem, each with its path and value", async () => {
    const file = brokenCopy((event) => {
      event.sessions[3].roomId = "hall-9";
      event.sessions[5].end = event.sessions[5].start;
      event.booths[0].language = "xx";
    });
    const { code, stdout } = await runCli(["validate", file]);
    expect(code).toBe(1);
    expect(stdout).toContain('error: sessions[3].roomId: unknown room "hall-9"');
    expect(stdout).toMatch(/error: sessions\[5\]\.end: must be after start/);
    expect(stdout).toContain('error: booths[0].language: language not declared in languages "xx"');
    expect(stdout).toMatch(/3 error\(s\)/);
  });

  it("reports files that are not JSON or not there", async () => {
    const file = join(tempDataDir(), "bad.json");
    writeFileSync(file, '{ "schemaVersion": 1,');
    expect((await runCli(["validate", file])).stdout).toMatch(/not valid JSON/);
    const missing = await runCli(["validate", "/nonexistent/event.json"]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/cannot read file/);
  });

  it("refuses to start a hub on an invalid event, saying why", async () => {
    const file = brokenCopy((event) => {
      event.venue.rooms[0].floorId = "floor-9";
    });
    const { code, stderr } = await runCli([
      "hub",
      "--port",
      "0",
      "--data-dir",
      tempDataDir(),
      "--event",
      file,
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('venue.rooms[0].floorId: unknown floor "floor-9"');
  });

  it("says plainly when the port is taken, and leaves the data dir usable", async () => {
    const first = await startHubProcess(tempDataDir(), ["--no-simulator"]);
    const port = new URL(first.url).port;
    const dataDir = tempDataDir();
    const second = await runCli(["hub", "--port", port, "--data-dir", dataDir]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(
      `hub: port ${port} is already in use; choose another with --port (0 takes a free one)`,
    );
    await first.stop();
    const again = await startHubProcess(dataDir, ["--no-simulator"]);
    expect((await fetch(`${again.url}/api/health`)).status).toBe(200);
    await again.stop();
  });

  it("exits 2 with the usage on a wrong call", async () => {
    const unknown = await runCli(["launch"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "launch"[\s\S]*Usage: venue-ops/);
    expect((await runCli(["hub", "--port", "seventy"])).code).toBe(2);
    expect((await runCli(["hub", "--frobnicate"])).code).toBe(2);
  });
});
