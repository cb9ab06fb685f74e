import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
