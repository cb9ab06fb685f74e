import { describe, expect, it } from "vitest";
import type { Alert } from "../../../shared/live/liveState";
import {
  alertState,
  countOpenBySeverity,
  familiesOf,
  filterAlerts,
  isEscalated,
  NO_FILTER,
  ruleFamily,
} from "./alertFilter";

const actor = { operator: "Li Na", role: "duty-officer", workstation: "CR-1" };
const alert = (id: string, over: Partial<Alert> = {}): Alert => ({
  id,
  rule: "interpretation.silent",
  severity: "critical",
  subject: { type: "booth", id: "plenary-zh" },
  message: `message ${id}`,
  raisedAt: "2021-11-11T02:00:00.000Z",
  acknowledged: null,
  resolvedAt: null,
  escalatedAt: null,
  ...over,
});

const silent = alert("silent", { raisedAt: "2021-11-11T02:00:00.000Z" });
const escalated = alert("escalated", {
  raisedAt: "2021-11-11T01:00:00.000Z",
  escalatedAt: "2021-11-11T01:02:00.000Z",
});
const offline = alert("offline", {
  rule: "device.offline",
  severity: "warning",
  subject: { type: "device", id: "plenary-encoder" },
  acknowledged: { at: "2021-11-11T02:01:00.000Z", by: actor },
});
const resolved = alert("resolved", {
  rule: "speaker.not-ready",
  severity: "info",
  subject: { type: "speaker", id: "zhang-wei" },
  resolvedAt: "2021-11-11T03:00:00.000Z",
});
const all = [resolved, offline, silent, escalated];
const shown = (a: Alert) => `shown ${a.id}`;

describe("alert filtering", () => {
  it("names the family and the state", () => {
    expect(ruleFamily("interpretation.pivot-at-risk")).toBe("interpretation");
    expect(all.map(alertState)).toEqual(["resolved", "acknowledged", "open", "open"]);
    expect(all.filter(isEscalated).map((a) => a.id)).toEqual(["escalated"]);
  });

  it("puts escalated first, then open, acknowledged and resolved", () => {
    expect(filterAlerts(all, NO_FILTER, shown).map((a) => a.id)).toEqual([
      "escalated",
      "silent",
      "offline",
      "resolved",
    ]);
  });

  it("narrows by severity, family, subject, state and text", () => {
    const ids = (filter: Partial<typeof NO_FILTER>) =>
      filterAlerts(all, { ...NO_FILTER, ...filter }, shown).map((a) => a.id);
    expect(ids({ severities: ["warning", "info"] })).toEqual(["offline", "resolved"]);
    expect(ids({ families: ["device"] })).toEqual(["offline"]);
    expect(ids({ subjects: ["speaker", "device"] })).toEqual(["offline", "resolved"]);
    expect(ids({ states: ["open"] })).toEqual(["escalated", "silent"]);
    expect(ids({ text: "SHOWN SIL" })).toEqual(["silent"]);
    expect(ids({ text: "plenary-encoder" })).toEqual(["offline"]);
    expect(ids({ states: ["resolved"], severities: ["critical"] })).toEqual([]);
  });

  it("counts what still holds by severity and lists the families present", () => {
    expect(countOpenBySeverity(all)).toEqual({ critical: 2, warning: 1, info: 0 });
    expect(familiesOf(all)).toEqual(["device", "interpretation", "speaker"]);
  });
});
