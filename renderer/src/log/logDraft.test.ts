import { describe, expect, it } from "vitest";
import type { LogEntry } from "../../../shared/live/liveState";
import { correctionDraft, draftToCommand, emptyDraft } from "./logDraft";

const ZONE = "Asia/Shanghai";
const NOW = Date.parse("2021-11-11T10:30:00+08:00");

describe("log drafts", () => {
  it("defaults the time it happened to now in venue time", () => {
    expect(emptyDraft(NOW, ZONE).occurredLocal).toBe("2021-11-11T10:30");
  });

  it("makes a decision with its reason, time and links", () => {
    const draft = {
      ...emptyDraft(NOW, ZONE),
      entryType: "decision" as const,
      text: " Hold the opening ",
      reason: "French feed down",
      occurredLocal: "2021-11-11T10:02",
      roomId: "plenary",
      keyEvent: true,
    };
    expect(draftToCommand(draft, ZONE, NOW)).toEqual({
      ok: true,
      command: {
        type: "log.add",
        entryType: "decision",
        severity: "info",
        text: "Hold the opening",
        reason: "French feed down",
        occurredAt: "2021-11-11T10:02:00.000+08:00",
        links: { roomId: "plenary" },
        keyEvent: true,
      },
    });
  });

  it("says which field is missing or wrong", () => {
    const base = { ...emptyDraft(NOW, ZONE), text: "x" };
    expect(draftToCommand({ ...base, text: "  " }, ZONE, NOW)).toEqual({ ok: false, field: "text" });
    expect(draftToCommand({ ...base, entryType: "decision" }, ZONE, NOW)).toEqual({
      ok: false,
      field: "reason",
    });
    expect(draftToCommand({ ...base, occurredLocal: "2021-11-11T11:00" }, ZONE, NOW)).toEqual({
      ok: false,
      field: "occurredAt",
    });
    expect(
      draftToCommand(
        { ...base, methaneOn: true, methane: { ...base.methane, exactLocation: "Hall 1" } },
        ZONE,
        NOW,
      ),
    ).toEqual({ ok: false, field: "type" });
  });

  it("starts a correction from the entry it corrects", () => {
    const old: LogEntry = {
      id: "log-10",
      entryType: "incident",
      severity: "warning",
      text: "Fire door 3 propped open",
      reason: null,
      occurredAt: "2021-11-11T02:02:00.000Z",
      enteredAt: "2021-11-11T02:03:00.000Z",
      author: { operator: "Li Na", role: "duty-officer", workstation: "CR-1" },
      links: { roomId: "plenary" },
      keyEvent: true,
      corrects: null,
      methane: null,
    };
    const draft = correctionDraft(old, NOW, ZONE);
    expect(draft).toMatchObject({ corrects: "log-10", occurredLocal: "2021-11-11T10:02", roomId: "plenary" });
    const check = draftToCommand({ ...draft, text: "Fire door 4 propped open" }, ZONE, NOW);
    expect(check.ok && check.command).toMatchObject({
      corrects: "log-10",
      severity: "warning",
      keyEvent: true,
    });
  });
});
