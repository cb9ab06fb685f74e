import { describe, expect, it } from "vitest";
import { plannedRoomStatus, plannedSessionStatus, roomSlots, sessionSteps, transitionPath } from "./roomPlan";

const ZONE = "Asia/Shanghai";
const at = (hhmm: string, day = "08") => Date.parse(`2021-11-${day}T${hhmm}:00+08:00`);
const slots = [
  { start: at("09:30"), end: at("11:00"), audience: true },
  { start: at("14:00"), end: at("15:30"), audience: true },
];

describe("planned room status", () => {
  it.each([
    ["07:00", "closed"],
    ["08:40", "setup"],
    ["09:05", "tech-check"],
    ["09:15", "ready"],
    ["09:25", "doors-open"],
    ["10:00", "live"],
    ["12:00", "break"],
    ["15:45", "strike"],
    ["17:00", "closed"],
  ])("at %s it is %s", (time, status) => {
    expect(plannedRoomStatus(slots, at(time), ZONE)).toBe(status);
  });

  it("keeps the doors shut for an online session", () => {
    expect(plannedRoomStatus([{ ...slots[0]!, audience: false }], at("09:25"), ZONE)).toBe("ready");
  });

  it("builds slots of one room in time order", () => {
    const session = (id: string, roomId: string, start: string) => ({
      id,
      roomId,
      start,
      end: start.replace("T09", "T10"),
      kind: "online" as const,
      title: { en: id, "zh-CN": id },
      languages: ["en"],
      speakers: [],
      cues: [],
    });
    const built = roomSlots(
      [
        session("b", "r", "2021-11-09T09:00:00+08:00"),
        session("a", "r", "2021-11-08T09:00:00+08:00"),
        session("c", "x", "2021-11-08T09:00:00+08:00"),
      ],
      "r",
    );
    expect(built.map((s) => new Date(s.start).toISOString())).toEqual([
      "2021-11-08T01:00:00.000Z",
      "2021-11-09T01:00:00.000Z",
    ]);
  });
});

describe("transition path", () => {
  it("finds the allowed steps between two statuses", () => {
    expect(transitionPath("closed", "live")).toEqual(["setup", "tech-check", "ready", "live"]);
    expect(transitionPath("live", "closed")).toEqual(["strike", "closed"]);
    expect(transitionPath("ready", "ready")).toEqual([]);
  });
});

describe("sessions in a rehearsal", () => {
  const start = at("09:30");
  const end = at("11:00");

  it.each([
    ["09:00", "scheduled"],
    ["09:25", "standby"],
    ["10:00", "live"],
    ["11:00", "ended"],
  ])("at %s a 09:30-11:00 session is %s", (time, status) => {
    expect(plannedSessionStatus(start, end, at(time))).toBe(status);
  });

  it("only moves sessions forward, and leaves held or cancelled ones to the operator", () => {
    expect(sessionSteps("scheduled", "live")).toEqual(["session.start"]);
    expect(sessionSteps("scheduled", "ended")).toEqual(["session.start", "session.end"]);
    expect(sessionSteps("scheduled", "standby")).toEqual(["session.standby"]);
    expect(sessionSteps("standby", "ended")).toEqual(["session.start", "session.end"]);
    expect(sessionSteps("ended", "live")).toEqual([]);
    expect(sessionSteps("hold", "ended")).toEqual([]);
    expect(sessionSteps("cancelled", "live")).toEqual([]);
  });
});
