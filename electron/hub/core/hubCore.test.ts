import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HUB_ACTOR } from "../../../shared/journal/journalEvents";
import { EventFile } from "../../../shared/model/eventFile";
import { miniEvent } from "../../../tests/fixtures/miniEvent";
import { SqliteJournal } from "../journal/sqliteJournal";
import { HubCore } from "./hubCore";

const OPERATOR = { operator: "Chen Jing", role: "stage-manager", workstation: "CR-1" };

function newCore(file = join(mkdtempSync(join(tmpdir(), "core-")), "journal.sqlite")) {
  const journal = SqliteJournal.open(file);
  const core = new HubCore(journal);
  core.restore();
  core.record([{ type: "event.loaded", event: EventFile.parse(miniEvent()), source: "test" }], HUB_ACTOR);
  return { core, journal, file };
}

describe("HubCore", () => {
  it("journals an accepted command, applies it and tells listeners", () => {
    const { core } = newCore();
    const heard: string[] = [];
    core.onEvents((events) => heard.push(...events.map((e) => e.type)));
    const result = core.execute({ type: "room.setStatus", roomId: "hall", status: "setup" }, OPERATOR, "c1");
    expect(result).toMatchObject({ ok: true, seq: 2 });
    expect(core.state.rooms.hall?.changed?.by).toEqual(OPERATOR);
    expect(heard).toEqual(["room.statusChanged"]);
  });

  it("restores the same state from a snapshot plus the journal after it", () => {
    const { core, journal, file } = newCore();
    core.execute({ type: "room.setStatus", roomId: "hall", status: "setup" }, OPERATOR);
    core.snapshot();
    core.execute({ type: "room.setIssue", roomId: "hall", issue: "lectern mic dead" }, OPERATOR);
    const before = core.state;
    journal.close();
    const again = new HubCore(SqliteJournal.open(file));
    expect(again.restore()).toEqual({ fromSnapshot: 2, replayed: 1 });
    expect(again.state).toEqual(before);
  });

  it("answers 'unavailable' and changes nothing when the journal cannot be written", () => {
    const { core, journal } = newCore();
    const before = core.state;
    journal.close();
    const result = core.execute({ type: "room.setStatus", roomId: "hall", status: "setup" }, OPERATOR);
    expect(result).toMatchObject({ ok: false, error: { code: "unavailable" } });
    expect(core.state).toBe(before);
  });

  it("offers missed events to a resuming client, or null when a snapshot is better", () => {
    const { core } = newCore();
    core.execute({ type: "room.setStatus", roomId: "hall", status: "setup" }, OPERATOR);
    expect(core.eventsSince(1, 10)?.map((e) => e.seq)).toEqual([2]);
    expect(core.eventsSince(0, 1)).toBeNull();
    expect(core.eventsSince(99, 10)).toBeNull();
  });
});
