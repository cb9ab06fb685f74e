import { describe, expect, it } from "vitest";
import type { Session } from "../../../shared/model/programme";
import { draftFromSession, editFromDraft, shiftDraft, venueInstant } from "./sessionEditDraft";

const ZONE = "Asia/Shanghai";
const session: Session = {
  id: "opening",
  title: { en: "Opening", "zh-CN": "开幕式" },
  kind: "hybrid",
  roomId: "hall",
  start: "2021-11-08T09:00:00+08:00",
  end: "2021-11-08T10:30:00+08:00",
  languages: ["zh", "en"],
  speakers: [{ personId: "ana", role: "keynote", mode: "remote" }],
  cues: [],
} as unknown as Session;
const context = { zone: ZONE, roomIds: ["hall", "studio"], languageCodes: ["zh", "en", "fr"] };

describe("draftFromSession", () => {
  it("shows the times in the venue's zone, whatever offset the instant was written with", () => {
    const draft = draftFromSession({ ...session, start: "2021-11-08T01:00:00Z" }, ZONE);
    expect(draft).toMatchObject({
      startDate: "2021-11-08",
      startTime: "09:00",
      endDate: "2021-11-08",
      endTime: "10:30",
      roomId: "hall",
      languages: "zh en",
    });
  });
});

describe("venueInstant", () => {
  it("reads a venue-local date and time as an instant in the venue's zone", () => {
    expect(venueInstant("2021-11-08", "9:30", ZONE)).toBe("2021-11-08T09:30:00+08:00");
    expect(venueInstant("2021-11-08", "09.30", ZONE)).toBe("badTime");
    expect(venueInstant("2021-11-31", "09:30", ZONE)).toBe("badTime");
  });

  it("refuses a time the clocks skip when they go forward", () => {
    expect(venueInstant("2024-03-31", "02:30", "Europe/Berlin")).toBe("noSuchTime");
    expect(venueInstant("2024-03-31", "03:30", "Europe/Berlin")).toBe("2024-03-31T03:30:00+02:00");
  });
});

describe("shiftDraft", () => {
  it("moves start and end together, across midnight too", () => {
    const draft = shiftDraft({ ...draftFromSession(session, ZONE), endTime: "23:50" }, 15, ZONE);
    expect([draft.startDate, draft.startTime, draft.endDate, draft.endTime]).toEqual([
      "2021-11-08",
      "09:15",
      "2021-11-09",
      "00:05",
    ]);
  });
});

describe("editFromDraft", () => {
  it("sends only what changed", () => {
    const draft = { ...draftFromSession(session, ZONE), startTime: "09:30", endTime: "11:00" };
    expect(editFromDraft(session, draft, context)).toEqual({
      ok: true,
      patch: { start: "2021-11-08T09:30:00+08:00", end: "2021-11-08T11:00:00+08:00" },
    });
    const moved = { ...draftFromSession(session, ZONE), roomId: "studio", languages: " EN, zh fr " };
    expect(editFromDraft(session, moved, context)).toEqual({
      ok: true,
      patch: { roomId: "studio", languages: ["en", "zh", "fr"] },
    });
    const speakers = {
      ...draftFromSession(session, ZONE),
      speakers: [{ personId: "ana", role: "host" as const, mode: "in-person" as const }],
    };
    expect(editFromDraft(session, speakers, context)).toEqual({
      ok: true,
      patch: { speakers: [{ personId: "ana", role: "host", mode: "in-person" }] },
    });
  });

  it("says what is wrong before anything is sent", () => {
    const draft = draftFromSession(session, ZONE);
    const error = (changes: Partial<typeof draft>) => {
      const result = editFromDraft(session, { ...draft, ...changes }, context);
      return result.ok ? null : result.error;
    };
    expect(error({})).toEqual({ field: null, code: "noChange" });
    expect(error({ startTime: "9h" })).toEqual({ field: "start", code: "badTime" });
    expect(error({ endTime: "08:00" })).toEqual({ field: "end", code: "endBeforeStart" });
    expect(error({ endTime: "09:00" })).toEqual({ field: "end", code: "endBeforeStart" });
    expect(error({ roomId: "attic" })).toEqual({ field: "roomId", code: "unknownRoom" });
    expect(error({ languages: "  " })).toEqual({ field: "languages", code: "noLanguage" });
    expect(error({ languages: "zh xx" })).toEqual({
      field: "languages",
      code: "unknownLanguage",
      value: "xx",
    });
    expect(error({ languages: "zh en zh" })).toEqual({
      field: "languages",
      code: "repeatedLanguage",
      value: "zh",
    });
    const twice = [...draft.speakers, { personId: "ana", role: "host" as const, mode: "remote" as const }];
    expect(error({ speakers: twice })).toEqual({ field: "speakers", code: "repeatedSpeaker", value: "ana" });
  });
});
