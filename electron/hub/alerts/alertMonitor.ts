import { reconcileAlerts } from "../../../shared/alerts/alertCondition";
import { type BoothSignal, signalFromConsole } from "../../../shared/alerts/boothSignals";
import { escalations } from "../../../shared/alerts/escalation";
import { interpretationAlerts, ownsInterpretationRule } from "../../../shared/alerts/interpretationRules";
import { ownsSpeakerRule, speakerAlerts } from "../../../shared/alerts/speakerRules";
import { boothServes, liveSessionInRoom } from "../../../shared/interpretation/turns";
import { venueNowMs } from "../../../shared/live/clock";
import type { Actor, LiveState } from "../../../shared/live/liveState";
import type { HubCore } from "../core/hubCore";
import type { DeviceGateway } from "../devices/deviceGateway";

/** Turn and start-time rules run on the venue clock; once a second is finer than any of them. */
const EVALUATE_EVERY_MS = 1_000;
/** The rules this monitor raises and resolves; other alerts (a device lost) belong to the reducer. */
const ownsRule = (rule: string) => ownsInterpretationRule(rule) || ownsSpeakerRule(rule);
/** A burst of telemetry or journal events is evaluated once, this soon after its first frame. */
const SETTLE_MS = 100;

export const ALERT_MONITOR_ACTOR: Actor = { operator: "alert monitor", role: "system", workstation: "hub" };

/**
 * How long each booth's channel has been silent during its live session, on the wall clock (sound is
 * real time even when a rehearsal clock runs fast). A channel is silent when nobody's microphone is
 * live or the input level is at or below the event's threshold.
 */
export class ChannelSilence {
  private readonly quietSince = new Map<string, number>();

  observe(boothId: string, tracking: boolean, sounding: boolean, nowMs: number): number {
    if (!tracking || sounding) {
      this.quietSince.delete(boothId);
      return 0;
    }
    const since = this.quietSince.get(boothId) ?? nowMs;
    this.quietSince.set(boothId, since);
    return (nowMs - since) / 1000;
  }
}

/** Each booth's signal now, from its console's telemetry and health. */
function boothSignals(state: LiveState, gateway: DeviceGateway, silence: ChannelSilence, wallMs: number) {
  const event = state.event;
  const signals: Record<string, BoothSignal> = {};
  if (!event) return signals;
  const threshold = event.interpretation.silenceThresholdDb;
  for (const booth of event.booths) {
    const device = event.devices.find((d) => d.kind === "booth-console" && d.boothId === booth.id);
    if (!device) continue;
    const view = gateway.telemetryView(device.id);
    const session = liveSessionInRoom(state, booth.roomId);
    const tracking =
      view.connected &&
      session !== null &&
      state.sessions[session.id]?.status === "live" &&
      boothServes(booth, session);
    const level = view.state.inputLevelDb;
    const sounding = view.state.micLive === true && typeof level === "number" && level > threshold;
    const silentForSec = silence.observe(booth.id, tracking, sounding, wallMs);
    const status = state.devices[device.id]?.status ?? "missing";
    signals[booth.id] = signalFromConsole(status, view.connected, view.state, silentForSec);
  }
  return signals;
}

/**
 * Raises and resolves the interpretation and speaker readiness alerts, and escalates critical alerts that
 * nobody acknowledged (of every rule, the device gateway's too): evaluates the rules on the state, the booth
 * consoles' signals and the venue clock every second and soon after anything relevant changes, and
 * journals only what starts or stops being true.
 */
export function startAlertMonitor(core: HubCore, gateway: DeviceGateway): () => void {
  const silence = new ChannelSilence();
  let pending: NodeJS.Timeout | null = null;

  const evaluate = () => {
    pending = null;
    const state = core.state;
    if (!state.event) return;
    const wallMs = Date.now();
    const nowMs = venueNowMs(state.clock, wallMs);
    const signals = boothSignals(state, gateway, silence, wallMs);
    const conditions = [...interpretationAlerts({ state, nowMs, signals }), ...speakerAlerts(state, nowMs)];
    const venueTime = new Date(nowMs).toISOString();
    const changes = reconcileAlerts(state.alerts, conditions, ownsRule, venueTime);
    if (changes.length > 0) core.record(changes, ALERT_MONITOR_ACTOR);
    const escalated = escalations(core.state, nowMs);
    if (escalated.length > 0) core.record(escalated, ALERT_MONITOR_ACTOR);
  };
  const soon = () => {
    pending ??= setTimeout(evaluate, SETTLE_MS);
  };

  const timer = setInterval(evaluate, EVALUATE_EVERY_MS);
  timer.unref();
  const stopTelemetry = gateway.onTelemetry(soon);
  // Its own alert events must not wake it again; anything else may change a rule's answer.
  const stopEvents = core.onEvents((events) => {
    if (events.some((e) => !e.type.startsWith("alert."))) soon();
  });
  return () => {
    clearInterval(timer);
    if (pending) clearTimeout(pending);
    stopTelemetry();
    stopEvents();
  };
}
