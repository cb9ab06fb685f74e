import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { HUB_ACTOR } from "../../../shared/journal/journalEvents";
import { emptyLiveState } from "../../../shared/live/liveState";
import { openJournalStore } from "./journalStore";
import { SqliteJournal, UnreadableStoreError } from "./sqliteJournal";

const tempFile = () => join(mkdtempSync(join(tmpdir(), "journal-")), "journal.sqlite");
const AT = "2021-11-08T01:00:00.000Z";

describe("SqliteJournal", () => {
  it("numbers events without gaps and reads them back in order, across reopen", () => {
    const file = tempFile();
    const journal = SqliteJournal.open(file);
    journal.append([{ type: "room.issueChanged", roomId: "a", issue: "one" }], HUB_ACTOR, AT, "c1");
    journal.append(
      [
        { type: "room.issueChanged", roomId: "a", issue: "two" },
        { type: "room.issueChanged", roomId: "b", issue: null },
      ],
      HUB_ACTOR,
      AT,
    );
    journal.close();
    const reopened = SqliteJournal.open(file);
    expect(reopened.lastSeq).toBe(3);
    const events = [...reopened.readAfter(0, 2)];
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(events[0]).toMatchObject({ commandId: "c1", actor: HUB_ACTOR, at: AT });
    expect([...reopened.readAfter(2)].map((e) => e.seq)).toEqual([3]);
    reopened.close();
  });

  it("keeps the newest snapshots and returns the latest", () => {
    const journal = SqliteJournal.open(tempFile());
    for (let seq = 1; seq <= 5; seq++) {
      journal.append([{ type: "room.issueChanged", roomId: "a", issue: `${seq}` }], HUB_ACTOR, AT);
      journal.saveSnapshot({ ...emptyLiveState(), seq }, AT);
    }
    expect(journal.latestSnapshot()?.seq).toBe(5);
    journal.close();
  });

  it("checks integrity at open unless the last session stopped cleanly with nothing written since", () => {
    const file = tempFile();
    const note = (issue: string) => [{ type: "room.issueChanged" as const, roomId: "a", issue }];
    const first = SqliteJournal.open(file);
    expect(first.integrityCheck.ran).toBe(true);
    first.append(note("one"), HUB_ACTOR, AT);
    first.closeCleanly();

    const afterCleanStop = SqliteJournal.open(file);
    expect(afterCleanStop.integrityCheck.ran).toBe(false);
    expect(afterCleanStop.lastSeq).toBe(1);
    afterCleanStop.append(note("two"), HUB_ACTOR, AT);
    // Closed without closeCleanly(), as after a crash: the marker was removed when it was opened.
    afterCleanStop.close();
    expect(SqliteJournal.open(file).integrityCheck.ran).toBe(true);
  });

  it("checks integrity when the file changed after a clean stop", () => {
    const file = tempFile();
    const journal = SqliteJournal.open(file);
    journal.append([{ type: "room.issueChanged", roomId: "a", issue: "one" }], HUB_ACTOR, AT);
    journal.closeCleanly();
    // Another program appends behind the hub's back and leaves the marker in place.
    const db = new Database(file);
    db.prepare("INSERT INTO journal (seq, at, type, body) VALUES (2, ?, 'room.issueChanged', '{}')").run(AT);
    db.close();
    const reopened = SqliteJournal.open(file);
    expect(reopened.integrityCheck.ran).toBe(true);
    reopened.close();
  });

  it("refuses a file that is not a journal", () => {
    const file = tempFile();
    writeFileSync(file, "plain text");
    expect(() => SqliteJournal.open(file)).toThrow(UnreadableStoreError);
  });

  it("moves an unreadable store aside and starts empty when there is no backup", () => {
    const file = tempFile();
    writeFileSync(file, "plain text");
    const { journal, notices } = openJournalStore(join(file, ".."));
    expect(journal.lastSeq).toBe(0);
    expect(notices.join("\n")).toMatch(/moved to .*unreadable-.*No readable backup/s);
    journal.close();
  });
});
