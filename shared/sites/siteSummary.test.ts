import { describe, expect, it } from "vitest";
import {
  interpretationEvent,
  interpretationStateAt,
  OPENING_START,
} from "../../tests/fixtures/interpretationEvent";
import type { Alert } from "../live/liveState";
import { alertNames, summarizeSite } from "./siteSummary";

const alert = (over: Partial<Alert>): Alert => ({
  id: "a1",
  rule: "interp.booth-offline",
  severity: "critical",
  subject: { type: "booth", id: "hall-fr" },
  message: "French booth offline",
  params: { booth: "hall-fr", session: "opening" },
  raisedAt: "2021-11-08T09:05:00+08:00",
  acknowledged: null,
  resolvedAt: null,
  escalatedAt: null,
  ...over,
});

describe("another site's picture for the main control room", () => {
  it("carries only the names its alerts mention, with a booth's language and room", () => {
    const names = alertNames(interpretationEvent(), [alert({})]);
    expect(names.booths.map((b) => b.id)).toEqual(["hall-fr"]);
    expect(names.languages.map((l) => l.code)).toEqual(["fr"]);
    expect(names.venue.rooms.map((r) => r.id)).toEqual(["hall"]);
    expect(names.sessions.map((s) => s.id)).toEqual(["opening"]);
    expect(names.devices).toEqual([]);
    expect(names.people.interpreters).toEqual([]);
  });

  it("lists rooms with their status and session on now, devices not ok worst first, open alerts first by severity", () => {
    const state = interpretationStateAt(OPENING_START + 10 * 60_000);
    state.alerts = {
      w: alert({ id: "w", severity: "warning", raisedAt: "2021-11-08T09:01:00+08:00" }),
      c: alert({ id: "c", severity: "critical", raisedAt: "2021-11-08T09:02:00+08:00" }),
      r: alert({ id: "r", resolvedAt: "2021-11-08T09:03:00+08:00" }),
    };
    const link = { status: "live" as const, lastContactAt: null, lagMessages: 0 };
    const summary = summarizeSite("studio", state, link, 0);
    expect(summary.rooms.find((r) => r.id === "hall")?.current?.id).toBe("opening");
    expect(summary.alerts.map((a) => a.id)).toEqual(["c", "w"]);
    expect(summary.devices.ok).toBe(0);
    expect(summary.devices.notOk[0]?.status).toBe("missing");
    expect(summary.devices.total).toBe(summary.devices.notOk.length);
  });
});
