import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AS_DUTY_OFFICER, getJson, startHubProcess, tempDataDir } from "./support/hubProcess";

const waitFor = async (check: () => boolean, timeoutMs = 10_000) => {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe("an unreadable journal", () => {
  it("is moved aside, never deleted, and the hub starts with a clear message", async () => {
    const dataDir = tempDataDir();
    const garbage = "this is not a SQLite database, but someone's data all the same\n".repeat(100);
    writeFileSync(join(dataDir, "journal.sqlite"), garbage);
    const hub = await startHubProcess(dataDir, ["--demo"]);
    const moved = readdirSync(dataDir).find((name) => name.startsWith("journal.sqlite.unreadable-"));
    expect(moved).toBeDefined();
    expect(readFileSync(join(dataDir, moved ?? ""), "utf8")).toBe(garbage);
    expect(hub.log()).toMatch(/could not be read .* It was moved to .*unreadable-.* and kept there/);
    expect((await fetch(`${hub.url}/api/health`)).status).toBe(200);
    await hub.stop();
  });

  it("is replaced by the newest readable backup, keeping what it held", async () => {
    const dataDir = tempDataDir();
    const first = await startHubProcess(dataDir, ["--demo"]);
    const res = await fetch(`${first.url}/api/commands`, {
      method: "POST",
      headers: { "content-type": "application/json", ...AS_DUTY_OFFICER },
      body: JSON.stringify({ type: "room.setIssue", roomId: "plenary", issue: "stage left riser loose" }),
    });
    expect(res.status).toBe(200);
    await first.stop();
    // The next start writes a backup that includes the command above; wait for it to be complete.
    const second = await startHubProcess(dataDir, []);
    // The first hub stopped cleanly, so the second skips the full integrity check (a crash would not).
    expect(second.log()).toMatch(/clean stop last time, integrity check skipped/);
    await waitFor(() => /backup written/.test(second.log()));
    await second.stop();

    writeFileSync(join(dataDir, "journal.sqlite"), "garbage");
    const third = await startHubProcess(dataDir, []);
    expect(third.log()).toMatch(/Restored from the backup/);
    const state = await getJson(`${third.url}/api/state`);
    expect(state.rooms.plenary.issue).toBe("stage left riser loose");
    await third.stop();
  });
});
