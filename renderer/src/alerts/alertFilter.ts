import type { Alert, AlertSubject } from "../../../shared/live/liveState";
import type { AlertSeverity } from "../../../shared/live/vocabulary";

export const ALERT_SEVERITIES: readonly AlertSeverity[] = ["critical", "warning", "info"];
export const ALERT_SUBJECTS: readonly AlertSubject["type"][] = [
  "room",
  "session",
  "booth",
  "device",
  "speaker",
];
export const ALERT_STATES = ["open", "acknowledged", "resolved"] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** The rule's family: `interpretation.silent` belongs to `interpretation`. */
export const ruleFamily = (rule: string): string => rule.split(".")[0] ?? rule;

/** Open: nobody acknowledged it and it still holds; acknowledged: still holds; resolved: cleared. */
export function alertState(alert: Alert): AlertState {
  if (alert.resolvedAt !== null) return "resolved";
  return alert.acknowledged ? "acknowledged" : "open";
}

/** An escalated alert keeps sounding on every console until someone acknowledges it. */
export const isEscalated = (alert: Alert): boolean =>
  alert.escalatedAt !== null && alert.acknowledged === null && alert.resolvedAt === null;

export interface AlertFilter {
  severities: AlertSeverity[];
  families: string[];
  subjects: AlertSubject["type"][];
  states: AlertState[];
  /** Matched against the alert as shown (in the console's language), its id and the hub's wording. */
  text: string;
}

/** Empty lists mean "any": a filter narrows only along what was chosen. */
export const NO_FILTER: AlertFilter = { severities: [], families: [], subjects: [], states: [], text: "" };

const RANK: Record<AlertSeverity, number> = { critical: 0, warning: 1, info: 2 };

/** Escalated first, then open before acknowledged before resolved, the worst, then the newest. */
export function compareAlerts(a: Alert, b: Alert): number {
  const stateRank = (x: Alert) => (isEscalated(x) ? 0 : ALERT_STATES.indexOf(alertState(x)) + 1);
  return (
    stateRank(a) - stateRank(b) ||
    RANK[a.severity] - RANK[b.severity] ||
    Date.parse(b.raisedAt) - Date.parse(a.raisedAt)
  );
}

export function filterAlerts(
  alerts: Iterable<Alert>,
  filter: AlertFilter,
  shownText: (alert: Alert) => string,
): Alert[] {
  const needle = filter.text.trim().toLocaleLowerCase();
  const any = <T>(chosen: readonly T[], value: T) => chosen.length === 0 || chosen.includes(value);
  return [...alerts]
    .filter(
      (a) =>
        any(filter.severities, a.severity) &&
        any(filter.families, ruleFamily(a.rule)) &&
        any(filter.subjects, a.subject.type) &&
        any(filter.states, alertState(a)) &&
        (needle === "" ||
          [shownText(a), a.message, a.id, a.subject.id].some((s) => s.toLocaleLowerCase().includes(needle))),
    )
    .sort(compareAlerts);
}

/** Alerts still holding (acknowledged or not), counted by severity, for the rail. */
export function countOpenBySeverity(alerts: Iterable<Alert>): Record<AlertSeverity, number> {
  const counts: Record<AlertSeverity, number> = { critical: 0, warning: 0, info: 0 };
  for (const a of alerts) if (a.resolvedAt === null) counts[a.severity] += 1;
  return counts;
}

/** The families present, for the filter's choices: a new rule shows up without a change here. */
export function familiesOf(alerts: Iterable<Alert>): string[] {
  return [...new Set([...alerts].map((a) => ruleFamily(a.rule)))].sort();
}
