import type { JournalChange, RaisedAlert } from "../journal/journalEvents";
import type { Alert } from "../live/liveState";

/** A condition that is true now; its id is stable while it stays true, so it is raised once. */
export type AlertCondition = Omit<RaisedAlert, "raisedAt">;

/**
 * The journal changes that bring the alerts a monitor owns in line with the conditions true now: new
 * conditions are raised, conditions no longer true are resolved. Alerts of other rules are left alone.
 */
export function reconcileAlerts(
  alerts: Record<string, Alert>,
  conditions: readonly AlertCondition[],
  owns: (rule: string) => boolean,
  venueTime: string,
): JournalChange[] {
  const changes: JournalChange[] = [];
  const trueNow = new Set<string>();
  for (const condition of conditions) {
    trueNow.add(condition.id);
    const existing = alerts[condition.id];
    if (existing && existing.resolvedAt === null) continue;
    changes.push({ type: "alert.raised", alert: { ...condition, raisedAt: venueTime } });
  }
  for (const alert of Object.values(alerts)) {
    if (alert.resolvedAt === null && owns(alert.rule) && !trueNow.has(alert.id)) {
      changes.push({ type: "alert.resolved", alertId: alert.id, venueTime });
    }
  }
  return changes;
}
