import { describe, expect, it } from "vitest";
import { threeDayEvent } from "../../tests/fixtures/threeDayEvent";
import {
  countByKind,
  dailyWindow,
  dayIndexAt,
  eventDays,
  isMultiDay,
  nowAndNext,
  roomsWithSessions,
  sessionsByDay,
} from "./schedule";

const at = (iso: string) => Date.parse(iso);
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe("eventDays and dayIndexAt", () => {
  const days = eventDays(threeDayEvent);

  it("starts each day at venue midnight, not UTC midnight", () => {
    expect(days[0]?.startMs).toBe(at("2021-11-07T16:00:00Z"));
    expect(days[2]?.endMs).toBe(at("2021-11-10T16:00:00Z"));
  });

  it("finds the venue day of an instant", () => {
    expect(dayIndexAt(days, at("2021-11-08T00:00:00+08:00"))).toBe(0);
    // 23:59 UTC on the 8th is already the 9th in Guangzhou.
    expect(dayIndexAt(days, at("2021-11-08T23:59:00Z"))).toBe(1);
    expect(dayIndexAt(days, at("2021-11-07T23:59:00+08:00"))).toBeNull();
    expect(dayIndexAt(days, at("2021-11-11T00:00:00+08:00"))).toBeNull();
  });
});

describe("sessionsByDay", () => {
  it("lists a multi-day session on every day it spans, sorted by start", () => {
    const byDay = sessionsByDay(threeDayEvent);
    expect(byDay.map(ids)).toEqual([["webinar"], ["expo", "opening", "late-call"], ["expo"]]);
  });

  it("tells multi-day sessions apart", () => {
    const days = eventDays(threeDayEvent);
    const expo = threeDayEvent.sessions.find((s) => s.id === "expo");
    const opening = threeDayEvent.sessions.find((s) => s.id === "opening");
    expect(expo && isMultiDay(days, expo)).toBe(true);
    expect(opening && isMultiDay(days, opening)).toBe(false);
  });
});

describe("roomsWithSessions", () => {
  it("keeps only used rooms, lowest floor first", () => {
    expect(ids(roomsWithSessions(threeDayEvent))).toEqual(["hall", "expo", "studio"]);
  });
});

describe("dailyWindow", () => {
  it("covers single-day sessions with an hour either side and ignores the multi-day exhibition", () => {
    expect(dailyWindow(threeDayEvent)).toEqual({ startMinute: 8 * 60, endMinute: 23 * 60 });
  });

  it("is at least eight hours long", () => {
    const one = { ...threeDayEvent, sessions: threeDayEvent.sessions.filter((s) => s.id === "opening") };
    expect(dailyWindow(one)).toEqual({ startMinute: 8 * 60, endMinute: 16 * 60 });
  });

  it("falls back to office hours without sessions", () => {
    expect(dailyWindow({ ...threeDayEvent, sessions: [] })).toEqual({ startMinute: 480, endMinute: 1080 });
  });
});

describe("nowAndNext", () => {
  it("splits running and upcoming sessions by planned time", () => {
    const result = nowAndNext(threeDayEvent.sessions, at("2021-11-09T10:00:00+08:00"));
    expect(ids(result.live)).toEqual(["expo", "opening"]);
    expect(ids(result.next)).toEqual(["late-call"]);
  });

  it("treats the end as exclusive and limits the next list", () => {
    const result = nowAndNext(threeDayEvent.sessions, at("2021-11-08T15:30:00+08:00"), 1);
    expect(ids(result.live)).toEqual([]);
    expect(ids(result.next)).toEqual(["expo"]);
  });
});

it("counts sessions by kind", () => {
  expect(countByKind(threeDayEvent.sessions)).toEqual({ hybrid: 1, online: 2, exhibition: 1 });
});
