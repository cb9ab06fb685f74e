import { describe, expect, it } from "vitest";
import {
  applyChange,
  clockAt,
  interpretationStateAt,
  MINUTE,
  OPENING_START,
  runCommands,
} from "../../tests/fixtures/interpretationEvent";
import { venueNowMs } from "../live/clock";
import type { LiveState } from "../live/liveState";
import { reconcileAlerts } from "./alertCondition";
import { type BoothSignal, NO_SIGNAL } from "./boothSignals";
import { interpretationAlerts, ownsInterpretationRule } from "./interpretationRules";

/** A console that is connected and healthy, with sound on its own channel. */
const healthy = (channel: number, extra: Partial<BoothSignal> = {}): BoothSignal => ({
  ...NO_SIGNAL,
  deviceStatus: "ok",
  connected: true,
  micLive: true,
  channel,
  relaySource: null,
  inputLevelDb: -20,
  partnerStatus: "available",
  ...extra,
});

const allHealthy = (overrides: Record<string, Partial<BoothSignal>> = {}) => ({
  "hall-zh": healthy(1, overrides["hall-zh"]),
  "hall-en": healthy(2, overrides["hall-en"]),
  "hall-fr": healthy(3, overrides["hall-fr"]),
});

const liveAt = (minutes: number) =>
  clockAt(
    runCommands(interpretationStateAt(OPENING_START), { type: "session.start", sessionId: "opening" }),
    OPENING_START + minutes * MINUTE,
  );

const nowOf = (state: LiveState) => venueNowMs(state.clock, 0);

function ids(state: LiveState, signals: Record<string, BoothSignal>, nowMs = nowOf(state)): string[] {
  return interpretationAlerts({ state, nowMs, signals })
    .map((a) => a.id)
    .sort();
}

describe("interpretation alerts", () => {
  it("raise nothing for a live session with staffed, sounding, connected booths", () => {
    expect(ids(liveAt(5), allHealthy())).toEqual([]);
  });

  it("two live microphones on one channel: fires, and clears when one goes off", () => {
    const state = liveAt(5);
    const clash = allHealthy({ "hall-fr": { channel: 2 } });
    expect(ids(state, clash)).toEqual(["interpretation.double-mic:hall:2"]);
    expect(ids(state, allHealthy({ "hall-fr": { channel: 2, micLive: false } }))).not.toContain(
      "interpretation.double-mic:hall:2",
    );
  });

  it("a channel silent longer than the event's limit while live: fires, and not during a hold", () => {
    const state = liveAt(5);
    expect(ids(state, allHealthy({ "hall-zh": { silentForSec: 21 } }))).toEqual([
      "interpretation.silent:hall-zh",
    ]);
    expect(ids(state, allHealthy({ "hall-zh": { silentForSec: 19 } }))).toEqual([]);
    const held = runCommands(state, {
      type: "session.hold",
      sessionId: "opening",
      reason: "video link dropped",
    });
    expect(ids(held, allHealthy({ "hall-zh": { silentForSec: 60 } }))).toEqual([]);
  });

  it("a turn past its length: fires on the rehearsal clock, clears at the handover", () => {
    const overdue = liveAt(31);
    // en is also the pivot for fr: its overdue handover puts fr at risk.
    expect(ids(overdue, allHealthy())).toEqual([
      "interpretation.pivot-at-risk:hall-en",
      "interpretation.turn-overdue:hall-en",
      "interpretation.turn-overdue:hall-fr",
      "interpretation.turn-overdue:hall-zh",
    ]);
    const handed = runCommands(
      overdue,
      { type: "booth.handover", boothId: "hall-zh" },
      { type: "booth.handover", boothId: "hall-en" },
    );
    const later = clockAt(handed, OPENING_START + 31 * MINUTE + 20_000);
    expect(ids(later, allHealthy())).toEqual(["interpretation.turn-overdue:hall-fr"]);
  });

  it("the pivot offline, silent or handing over puts the booths on relay from it at risk", () => {
    const state = liveAt(5);
    // The fr booth takes relay from en (planned, and as its console reports it).
    const onRelay = { "hall-fr": { relaySource: "hall-en" } };
    const offline = interpretationAlerts({
      state,
      nowMs: nowOf(state),
      signals: allHealthy({
        ...onRelay,
        "hall-en": { connected: false, micLive: false, deviceStatus: "offline" },
      }),
    });
    expect(offline.find((a) => a.rule === "interpretation.pivot-at-risk")).toMatchObject({
      id: "interpretation.pivot-at-risk:hall-en",
      severity: "critical",
      params: { reason: "offline", dependents: "hall-fr" },
    });
    expect(ids(state, allHealthy({ ...onRelay, "hall-en": { silentForSec: 30 } }))).toContain(
      "interpretation.pivot-at-risk:hall-en",
    );
    // In the last minute of the pivot's turn a handover is due: a warning.
    const ending = clockAt(state, OPENING_START + 29 * MINUTE + 30_000);
    const warning = interpretationAlerts({
      state: ending,
      nowMs: nowOf(ending),
      signals: allHealthy(onRelay),
    });
    expect(warning.find((a) => a.rule === "interpretation.pivot-at-risk")).toMatchObject({
      severity: "warning",
      params: { reason: "handing-over" },
    });
    // Back on the floor, the fr booth no longer depends on en.
    expect(
      ids(state, allHealthy({ "hall-fr": { relaySource: "floor" }, "hall-en": { silentForSec: 30 } })),
    ).toEqual(["interpretation.silent:hall-en"]);
  });

  it("a booth console offline during a live session: fires, clears when it is back or the session ends", () => {
    const state = liveAt(5);
    const gone = allHealthy({ "hall-zh": { connected: false, micLive: false, deviceStatus: "offline" } });
    expect(ids(state, gone)).toEqual(["interpretation.booth-offline:hall-zh"]);
    expect(ids(state, allHealthy())).toEqual([]);
    const ended = runCommands(state, { type: "session.end", sessionId: "opening" });
    expect(ids(ended, gone)).toEqual([]);
  });

  it("a session language without a staffed booth: a warning within the hour before, critical when live", () => {
    const unstaffed = runCommands(interpretationStateAt(OPENING_START - 30 * MINUTE), {
      type: "booth.assign",
      sessionId: "opening",
      boothId: "hall-fr",
      interpreterIds: [],
    });
    const before = interpretationAlerts({
      state: unstaffed,
      nowMs: nowOf(unstaffed),
      signals: allHealthy(),
    });
    expect(before).toEqual([
      expect.objectContaining({ id: "interpretation.unstaffed:opening:fr", severity: "warning" }),
    ]);
    expect(ids(unstaffed, allHealthy(), OPENING_START - 90 * MINUTE)).toEqual([]);
    const live = runCommands(clockAt(unstaffed, OPENING_START), {
      type: "session.start",
      sessionId: "opening",
    });
    expect(interpretationAlerts({ state: live, nowMs: OPENING_START, signals: allHealthy() })).toContainEqual(
      expect.objectContaining({ id: "interpretation.unstaffed:opening:fr", severity: "critical" }),
    );
    const staffed = runCommands(live, {
      type: "booth.assign",
      sessionId: "opening",
      boothId: "hall-fr",
      interpreterIds: ["max"],
    });
    expect(ids(staffed, allHealthy(), OPENING_START)).toEqual([]);
  });
});

describe("reconcileAlerts", () => {
  it("raises a new condition once, resolves it when it stops, and leaves other rules' alerts alone", () => {
    let state = liveAt(5);
    state = applyChange(state, {
      type: "device.disconnected",
      deviceId: "hall-controller",
      reason: "lost",
      raiseAlert: true,
    });
    const silent = interpretationAlerts({
      state,
      nowMs: nowOf(state),
      signals: allHealthy({ "hall-zh": { silentForSec: 25 } }),
    });
    const first = reconcileAlerts(state.alerts, silent, ownsInterpretationRule, "2021-11-08T01:05:00.000Z");
    expect(first).toEqual([expect.objectContaining({ type: "alert.raised" })]);
    state = first.reduce(applyChange, state);
    expect(reconcileAlerts(state.alerts, silent, ownsInterpretationRule, "t")).toEqual([]);
    const cleared = reconcileAlerts(state.alerts, [], ownsInterpretationRule, "2021-11-08T01:06:00.000Z");
    expect(cleared).toEqual([
      {
        type: "alert.resolved",
        alertId: "interpretation.silent:hall-zh",
        venueTime: "2021-11-08T01:06:00.000Z",
      },
    ]);
    state = cleared.reduce(applyChange, state);
    expect(state.alerts["interpretation.silent:hall-zh"]?.resolvedAt).toBe("2021-11-08T01:06:00.000Z");
    expect(state.alerts["device-offline:hall-controller"]?.resolvedAt).toBeNull();
    // The condition comes back: raised again as a new alert.
    const again = reconcileAlerts(state.alerts, silent, ownsInterpretationRule, "2021-11-08T01:07:00.000Z");
    state = again.reduce(applyChange, state);
    expect(state.alerts["interpretation.silent:hall-zh"]).toMatchObject({
      resolvedAt: null,
      raisedAt: "2021-11-08T01:07:00.000Z",
    });
  });
});
