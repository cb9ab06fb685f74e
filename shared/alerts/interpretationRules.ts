import { relayDependents } from "../interpretation/relay";
import { boothServes, sessionBooths, turnClock } from "../interpretation/turns";
import type { LiveState } from "../live/liveState";
import type { Session } from "../model/programme";
import type { AlertCondition } from "./alertCondition";
import { type BoothSignal, effectiveSource, NO_SIGNAL } from "./boothSignals";

export const INTERPRETATION_RULES = [
  "interpretation.double-mic",
  "interpretation.silent",
  "interpretation.turn-overdue",
  "interpretation.pivot-at-risk",
  "interpretation.booth-offline",
  "interpretation.unstaffed",
] as const;
export type InterpretationRule = (typeof INTERPRETATION_RULES)[number];

export const ownsInterpretationRule = (rule: string): boolean =>
  (INTERPRETATION_RULES as readonly string[]).includes(rule);

/** A session about to start this soon needs its booths staffed: the alert comes as a warning first. */
export const UNSTAFFED_LEAD_MINUTES = 60;
/** A pivot that has just handed over is still settling for this long. */
export const HANDOVER_SETTLE_MS = 15_000;

export interface InterpretationInput {
  state: LiveState;
  /** Venue time (the rehearsal clock's when it runs). */
  nowMs: number;
  signals: Record<string, BoothSignal>;
}

const isActive = (state: LiveState, session: Session) => {
  const status = state.sessions[session.id]?.status;
  return status === "live" || status === "hold";
};

const offline = (signal: BoothSignal) =>
  signal.deviceStatus !== null && !signal.connected && signal.deviceStatus !== "ok";

/**
 * The interpretation alert rules, evaluated together on the state, the booth consoles' signals and the
 * venue clock. Pure: the hub's monitor runs them every second and journals what starts and stops.
 */
export function interpretationAlerts({ state, nowMs, signals }: InterpretationInput): AlertCondition[] {
  const event = state.event;
  if (!event) return [];
  const settings = event.interpretation;
  const out: AlertCondition[] = [];
  const signalOf = (boothId: string) => signals[boothId] ?? NO_SIGNAL;

  // Two live microphones on one output channel of a room: listeners hear both at once.
  const onChannel = new Map<string, string[]>();
  for (const booth of event.booths) {
    const signal = signalOf(booth.id);
    if (!signal.micLive || signal.channel === null) continue;
    const key = `${booth.roomId}:${signal.channel}`;
    onChannel.set(key, [...(onChannel.get(key) ?? []), booth.id]);
  }
  for (const [key, booths] of onChannel) {
    if (booths.length < 2) continue;
    const [roomId = "", channel = ""] = key.split(":");
    out.push({
      id: `interpretation.double-mic:${key}`,
      rule: "interpretation.double-mic",
      severity: "critical",
      subject: { type: "room", id: roomId },
      message: `two live microphones on channel ${channel} in ${roomId}: ${booths.join(", ")}`,
      params: { room: roomId, channel: Number(channel), booths: booths.join(", ") },
    });
  }

  const context: SessionContext = { state, nowMs, signals, settings, signalOf };
  for (const session of event.sessions) {
    if (isActive(state, session)) out.push(...liveSessionAlerts(context, session));
  }
  out.push(...unstaffedAlerts(state, nowMs));
  return out;
}

interface SessionContext {
  state: LiveState;
  nowMs: number;
  signals: Record<string, BoothSignal>;
  settings: NonNullable<LiveState["event"]>["interpretation"];
  signalOf: (boothId: string) => BoothSignal;
}

function liveSessionAlerts(ctx: SessionContext, session: Session): AlertCondition[] {
  const { state, nowMs, settings, signalOf } = ctx;
  const out: AlertCondition[] = [];
  const live = state.sessions[session.id]?.status === "live";
  const booths = sessionBooths(state, session).map((b) => b.booth);
  const silent = (boothId: string) =>
    live && signalOf(boothId).connected && signalOf(boothId).silentForSec > settings.silenceSeconds;

  for (const booth of booths) {
    const signal = signalOf(booth.id);
    if (offline(signal)) {
      out.push({
        id: `interpretation.booth-offline:${booth.id}`,
        rule: "interpretation.booth-offline",
        severity: "critical",
        subject: { type: "booth", id: booth.id },
        message: `booth ${booth.id} console is ${signal.deviceStatus} during live session ${session.id}`,
        params: { booth: booth.id, session: session.id, status: signal.deviceStatus ?? "offline" },
      });
    }
    // Silence counts only while the session is live: a hold is quiet on purpose.
    if (silent(booth.id)) {
      out.push({
        id: `interpretation.silent:${booth.id}`,
        rule: "interpretation.silent",
        severity: "critical",
        subject: { type: "booth", id: booth.id },
        message: `channel ${booth.outputChannel} (${booth.language}) silent for ${Math.floor(signal.silentForSec)} s in ${session.id}`,
        params: {
          booth: booth.id,
          channel: booth.outputChannel,
          language: booth.language,
          seconds: settings.silenceSeconds,
        },
      });
    }
    const boothLive = state.booths[booth.id];
    const turn =
      boothLive && boothLive.sessionId === session.id ? turnClock(boothLive, settings, nowMs) : null;
    if (turn?.phase === "overdue") {
      out.push({
        id: `interpretation.turn-overdue:${booth.id}`,
        rule: "interpretation.turn-overdue",
        severity: "warning",
        subject: { type: "booth", id: booth.id },
        message: `${boothLive?.activeInterpreterId} in ${booth.id} is past the ${settings.turnMinutes}-minute turn`,
        params: {
          booth: booth.id,
          interpreter: boothLive?.activeInterpreterId ?? "",
          minutes: settings.turnMinutes,
        },
      });
    }
  }

  // A pivot at risk puts every booth on relay from it at risk.
  const ids = booths.map((b) => b.id);
  const sourceOf = (id: string) => effectiveSource(state, ctx.signals, id);
  for (const pivot of booths) {
    const dependents = relayDependents(pivot.id, ids, sourceOf);
    if (dependents.length === 0) continue;
    const pivotLive = state.booths[pivot.id];
    const turn = pivotLive?.sessionId === session.id ? turnClock(pivotLive, settings, nowMs) : null;
    const justHandedOver =
      pivotLive?.lastHandover != null &&
      nowMs - Date.parse(pivotLive.lastHandover.at) < HANDOVER_SETTLE_MS &&
      nowMs >= Date.parse(pivotLive.lastHandover.at);
    const reason = offline(signalOf(pivot.id))
      ? "offline"
      : silent(pivot.id)
        ? "silent"
        : turn?.phase === "ending" || turn?.phase === "overdue" || justHandedOver
          ? "handing-over"
          : null;
    if (reason === null) continue;
    out.push({
      id: `interpretation.pivot-at-risk:${pivot.id}`,
      rule: "interpretation.pivot-at-risk",
      severity: reason === "handing-over" ? "warning" : "critical",
      subject: { type: "booth", id: pivot.id },
      message: `pivot booth ${pivot.id} is ${reason}: ${dependents.join(", ")} take relay from it`,
      params: { booth: pivot.id, reason, dependents: dependents.join(", ") },
    });
  }
  return out;
}

/** Every language of a multilingual session needs a booth with a team: critical when live, a warning before. */
function unstaffedAlerts(state: LiveState, nowMs: number): AlertCondition[] {
  const event = state.event;
  if (!event) return [];
  const out: AlertCondition[] = [];
  for (const session of event.sessions) {
    if (session.languages.length < 2 || session.kind === "exhibition") continue;
    const status = state.sessions[session.id]?.status;
    const startsInMs = Date.parse(session.start) - nowMs;
    const upcoming =
      (status === "scheduled" || status === "standby") &&
      startsInMs <= UNSTAFFED_LEAD_MINUTES * 60_000 &&
      startsInMs > -60 * 60_000;
    if (!isActive(state, session) && !upcoming) continue;
    const booths = sessionBooths(state, session);
    for (const language of session.languages) {
      const staffed = booths.some(
        ({ booth, team }) => booth.language === language && boothServes(booth, session) && team.length > 0,
      );
      if (staffed) continue;
      out.push({
        id: `interpretation.unstaffed:${session.id}:${language}`,
        rule: "interpretation.unstaffed",
        severity: isActive(state, session) ? "critical" : "warning",
        subject: { type: "session", id: session.id },
        message: `session ${session.id} has no staffed ${language} booth`,
        params: { session: session.id, language },
      });
    }
  }
  return out;
}
