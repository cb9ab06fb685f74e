import type { TFunction } from "i18next";
import type { Alert } from "../../../shared/live/liveState";
import type { AlertSeverity } from "../../../shared/live/vocabulary";
import type { Names } from "./names";

export const SEVERITY_GLYPH: Record<AlertSeverity, string> = { critical: "✖", warning: "▲", info: "●" };

const PIVOT_REASONS = ["offline", "silent", "handing-over"] as const;
type PivotReason = (typeof PIVOT_REASONS)[number];

const text = (value: string | number | undefined) => (value === undefined ? "" : String(value));
const list = (value: string | number | undefined, name: (id: string) => string, t: TFunction) =>
  text(value)
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean)
    .map(name)
    .join(t("interp.listSeparator"));

const SPEAKER_ALERT_KEYS = {
  "speaker.not-checked-in": "speakers.alert.notCheckedIn",
  "speaker.tech-check-due": "speakers.alert.techCheckDue",
  "speaker.not-ready": "speakers.alert.notReady",
  "speaker.slides-changed": "speakers.alert.slidesChanged",
} as const;

const isSpeakerRule = (rule: string): rule is keyof typeof SPEAKER_ALERT_KEYS =>
  Object.hasOwn(SPEAKER_ALERT_KEYS, rule);

/**
 * An alert in the console's language, from its rule and parameters; the hub's English text otherwise.
 * `speakerName` names a speaker in the console's language; without it, the name the hub sent is used.
 */
export function alertText(
  alert: Alert,
  names: Names,
  t: TFunction,
  deviceName: (id: string) => string,
  speakerName?: (id: string) => string,
) {
  const p = alert.params ?? {};
  if (isSpeakerRule(alert.rule)) {
    const id = text(p.speaker);
    return t(SPEAKER_ALERT_KEYS[alert.rule], {
      name: speakerName?.(id) ?? (text(p.name) || id),
      session: names.session(text(p.session)),
    });
  }
  switch (alert.rule) {
    case "interpretation.double-mic":
      return t("interp.alert.doubleMic", {
        room: names.room(text(p.room)),
        channel: text(p.channel),
        booths: list(p.booths, names.booth, t),
      });
    case "interpretation.silent":
      return t("interp.alert.silent", {
        booth: names.booth(text(p.booth)),
        channel: text(p.channel),
        seconds: text(p.seconds),
      });
    case "interpretation.turn-overdue":
      return t("interp.alert.turnOverdue", {
        booth: names.booth(text(p.booth)),
        interpreter: names.interpreter(text(p.interpreter)),
        minutes: text(p.minutes),
      });
    case "interpretation.pivot-at-risk": {
      const reason = PIVOT_REASONS.find((r) => r === p.reason);
      if (!reason) return alert.message;
      return t("interp.alert.pivotAtRisk", {
        booth: names.booth(text(p.booth)),
        reason: t(`interp.pivotReason.${reason satisfies PivotReason}`),
        dependents: list(p.dependents, names.booth, t),
      });
    }
    case "interpretation.booth-offline":
      return t("interp.alert.boothOffline", {
        booth: names.booth(text(p.booth)),
        session: names.session(text(p.session)),
      });
    case "interpretation.unstaffed":
      return t("interp.alert.unstaffed", {
        language: names.language(text(p.language)),
        session: names.session(text(p.session)),
      });
    case "device.offline":
      return t("interp.alert.deviceOffline", { device: deviceName(alert.subject.id) });
    default:
      return alert.message;
  }
}

/** Does this alert concern the booth: about it, about its room's channel with it, or its pivot's risk? */
export function alertConcernsBooth(alert: Alert, boothId: string, consoleIds: readonly string[]): boolean {
  const p = alert.params ?? {};
  const among = (value: string | number | undefined) =>
    text(value)
      .split(",")
      .map((id) => id.trim())
      .includes(boothId);
  if (alert.subject.type === "booth" && alert.subject.id === boothId) return true;
  if (alert.rule === "interpretation.double-mic") return among(p.booths);
  if (alert.rule === "interpretation.pivot-at-risk") return among(p.dependents);
  return alert.subject.type === "device" && consoleIds.includes(alert.subject.id);
}

/** Open alerts, the worst and then the newest first. */
export function openAlerts(alerts: Record<string, Alert>, keep: (alert: Alert) => boolean): Alert[] {
  const rank: Record<AlertSeverity, number> = { critical: 0, warning: 1, info: 2 };
  return Object.values(alerts)
    .filter((a) => a.resolvedAt === null && keep(a))
    .sort((a, b) => rank[a.severity] - rank[b.severity] || Date.parse(b.raisedAt) - Date.parse(a.raisedAt));
}
