import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AS_DUTY_OFFICER,
  getJson,
  type HubProcess,
  readJson,
  runCli,
  startHubProcess,
  tempDataDir,
} from "./support/hubProcess";

/** A schedule change arriving mid-session: merged by the import, loaded by the hub, live state untouched. */
let hub: HubProcess;
let dataDir: string;
const LIVE = "d4-metropolis-opening";

const post = async (body: Record<string, unknown>) => {
  const res = await fetch(`${hub.url}/api/commands`, {
    method: "POST",
    headers: { "content-type": "application/json", ...AS_DUTY_OFFICER },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await readJson(res) };
};

beforeAll(async () => {
  dataDir = tempDataDir();
  hub = await startHubProcess(dataDir, ["--demo", "--no-simulator", "--clock", "2021-11-11T09:29:00+08:00"]);
  await post({ type: "clock.set", mode: "rehearsal", venueTime: "2021-11-11T09:31:00+08:00", paused: true });
  expect((await post({ type: "session.start", sessionId: LIVE })).status).toBe(200);
  await post({ type: "session.hold", sessionId: LIVE, reason: "simultaneous interpretation feed lost" });
  await post({
    type: "speaker.setCheck",
    sessionId: LIVE,
    speakerId: "huang-shuyi",
    item: "mic-fitted",
    done: true,
  });
});
afterAll(async () => {
  await hub?.stop();
});

describe("programme changes during a live session", () => {
  it("imports a changed schedule (CSV merged by id) and leaves the live session's state as it was", async () => {
    const before = await getJson(`${hub.url}/api/state`);
    // The afternoon's assembly moves by 30 minutes in the organiser's spreadsheet.
    const dir = tempDataDir();
    const exported = await runCli(["export", "csv", "--out", `${dir}/`]);
    expect(exported.code).toBe(0);
    const sessionsCsv = join(dir, "sessions.csv");
    const csv = readFileSync(sessionsCsv, "utf8").replace(
      /(d4-metropolis-general-assembly,[^\n]*?)2021-11-11 14:00,2021-11-11 15:30/,
      "$12021-11-11 14:30,2021-11-11 16:00",
    );
    expect(csv).toContain("2021-11-11 14:30,2021-11-11 16:00");
    writeFileSync(sessionsCsv, csv);
    const merged = join(dir, "merged.json");
    const imported = await runCli([
      "import",
      "csv",
      sessionsCsv,
      "--into",
      "events/gmf-2021.json",
      "--out",
      merged,
    ]);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    const event = JSON.parse(readFileSync(merged, "utf8"));

    const answer = await post({ type: "event.import", event, source: "sessions.csv from the organiser" });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const after = await getJson(`${hub.url}/api/state`);
    const assembly = after.event.sessions.find((s: any) => s.id === "d4-metropolis-general-assembly");
    expect(assembly.start).toBe("2021-11-11T14:30:00+08:00");
    const { expected: _a, readiness: _r, ...liveBefore } = before.sessions[LIVE];
    const { expected: _b, readiness: _s, ...liveAfter } = after.sessions[LIVE];
    expect(liveAfter).toEqual(liveBefore);
    expect(after.readiness).toEqual(before.readiness);
    expect(after.booths["plenary-zh"]).toEqual(before.booths["plenary-zh"]);
  });

  it("moves a session live, refuses a clash, and undoes the move", async () => {
    const moved = await post({
      type: "session.edit",
      sessionId: "d4-new-infrastructure",
      start: "2021-11-11T10:15:00+08:00",
      end: "2021-11-11T11:45:00+08:00",
    });
    expect(moved.status).toBe(200);
    const clash = await post({
      type: "session.edit",
      sessionId: "d4-new-infrastructure",
      roomId: "plenary",
    });
    expect(clash).toMatchObject({
      status: 409,
      body: { code: "refused", error: expect.stringMatching(/overlaps/) },
    });
    const state = await getJson(`${hub.url}/api/state`);
    const edit = state.edits.at(-1);
    expect(edit).toMatchObject({ sessionId: "d4-new-infrastructure", by: { operator: "Zhao Lei" } });
    expect((await post({ type: "session.undoEdit", editSeq: edit.seq })).status).toBe(200);
    const undone = await getJson(`${hub.url}/api/state`);
    expect(undone.event.sessions.find((s: any) => s.id === "d4-new-infrastructure").start).toBe(
      "2021-11-11T10:00:00+08:00",
    );
  });
});
