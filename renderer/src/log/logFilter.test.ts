import { describe, expect, it } from "vitest";
import type { LogEntry } from "../../../shared/live/liveState";
import { correctionsOf, entryNumber, filterLog, NO_LOG_FILTER } from "./logFilter";

const author = { operator: "Li Na", role: "duty-officer", workstation: "CR-1" };
const entry = (id: string, over: Partial<LogEntry> = {}): LogEntry => ({
  id,
  entryType: "general",
  severity: "info",
  text: `text of ${id}`,
  reason: null,
  occurredAt: "2021-11-11T02:00:00.000Z",
  enteredAt: "2021-11-11T02:00:00.000Z",
  author,
  links: {},
  keyEvent: false,
  corrects: null,
  methane: null,
  ...over,
});

const door = entry("log-10", {
  entryType: "incident",
  severity: "warning",
  text: "Fire door 3 propped open",
  occurredAt: "2021-11-11T02:02:00.000Z",
  links: { roomId: "plenary" },
  keyEvent: true,
});
const decision = entry("log-12", {
  entryType: "decision",
  text: "Hold the opening",
  reason: "Translation feed down",
  occurredAt: "2021-11-11T02:05:00.000Z",
  links: { sessionId: "d4-opening" },
});
const correction = entry("log-15", {
  entryType: "incident",
  severity: "warning",
  text: "Fire door 4, not 3",
  occurredAt: "2021-11-11T02:02:00.000Z",
  enteredAt: "2021-11-11T02:10:00.000Z",
  corrects: "log-10",
  links: { roomId: "plenary" },
});
const all = [door, decision, correction];
const roomOf = (links: LogEntry["links"]) =>
  links.roomId ?? (links.sessionId === "d4-opening" ? "plenary" : null);

describe("the incident log's filters", () => {
  it("lists newest first by occurrence, then by entry", () => {
    expect(filterLog(all, NO_LOG_FILTER, roomOf).map((e) => e.id)).toEqual(["log-12", "log-15", "log-10"]);
  });

  it("narrows by type, severity, key events, text and room", () => {
    const ids = (f: Partial<typeof NO_LOG_FILTER>) =>
      filterLog(all, { ...NO_LOG_FILTER, ...f }, roomOf).map((e) => e.id);
    expect(ids({ types: ["decision"] })).toEqual(["log-12"]);
    expect(ids({ severities: ["warning"] })).toEqual(["log-15", "log-10"]);
    expect(ids({ keyOnly: true })).toEqual(["log-10"]);
    expect(ids({ text: "translation FEED" })).toEqual(["log-12"]);
    expect(ids({ text: "#15" })).toEqual(["log-15"]);
    expect(ids({ roomId: "plenary" })).toEqual(["log-12", "log-15", "log-10"]);
    expect(ids({ roomId: "meeting-1" })).toEqual([]);
  });

  it("finds the corrections of an entry and numbers entries", () => {
    expect(
      correctionsOf(all)
        .get("log-10")
        ?.map((e) => e.id),
    ).toEqual(["log-15"]);
    expect(correctionsOf(all).has("log-12")).toBe(false);
    expect(entryNumber("log-131")).toBe("#131");
  });
});
