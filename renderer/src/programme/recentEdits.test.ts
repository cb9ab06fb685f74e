import { describe, expect, it } from "vitest";
import type { SessionEdit } from "../../../shared/live/liveState";
import type { Session } from "../../../shared/model/programme";
import { recentEdits } from "./recentEdits";

const base = {
  id: "opening",
  title: { en: "Opening", "zh-CN": "开幕式" },
  kind: "hybrid",
  roomId: "hall",
  start: "2021-11-08T09:00:00+08:00",
  end: "2021-11-08T10:30:00+08:00",
  languages: ["zh", "en"],
  speakers: [],
  cues: [],
} as unknown as Session;
const by = { operator: "Ana", role: "duty-officer", workstation: "ws-1" };
const edit = (seq: number, before: Session, after: Session, undone = false): SessionEdit => ({
  seq,
  sessionId: after.id,
  before,
  after,
  at: "2021-11-08T08:00:00+08:00",
  by,
  undone,
});

describe("recentEdits", () => {
  const moved = { ...base, start: "2021-11-08T09:30:00+08:00", end: "2021-11-08T11:00:00+08:00" };
  const roomed = { ...moved, roomId: "studio" };
  const other = { ...base, id: "webinar", roomId: "studio" };
  const otherMoved = { ...other, languages: ["en"] };

  it("lists the newest first, with the fields each edit changed and whether it can be undone now", () => {
    const edits = [edit(10, base, moved), edit(12, moved, roomed), edit(14, other, otherMoved, true)];
    const rows = recentEdits(edits, [roomed, other]);
    expect(rows.map((r) => [r.edit.seq, r.fields, r.undo])).toEqual([
      [14, ["languages"], "undone"],
      [12, ["roomId"], "ok"],
      // The session changed after edit 10 (edit 12): the hub would refuse, so the later one goes first.
      [10, ["start", "end"], "changedSince"],
    ]);
  });

  it("keeps to one session and to a limit, and knows a session that left the programme", () => {
    const edits = [edit(10, base, moved), edit(12, moved, roomed), edit(14, other, otherMoved)];
    expect(recentEdits(edits, [roomed], { sessionId: "opening", limit: 1 }).map((r) => r.edit.seq)).toEqual([
      12,
    ]);
    expect(recentEdits(edits, [roomed], { sessionId: "webinar" })[0]?.undo).toBe("gone");
  });
});
