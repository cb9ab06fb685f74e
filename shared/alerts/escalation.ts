import type { JournalChange } from "../journal/journalEvents";
import type { LiveState } from "../live/liveState";

/**
 * Critical alerts that nobody acknowledged within the event's limit (venue time), not yet escalated: each
 * is escalated once, and every console then sounds, notifies and highlights it until someone acknowledges.
 */
export function escalations(state: LiveState, nowMs: number): JournalChange[] {
  const limitMs = (state.event?.alerting.escalateAfterSeconds ?? 120) * 1000;
  const venueTime = new Date(nowMs).toISOString();
  return Object.values(state.alerts)
    .filter(
      (a) =>
        a.severity === "critical" &&
        a.acknowledged === null &&
        a.resolvedAt === null &&
        a.escalatedAt === null &&
        nowMs - Date.parse(a.raisedAt) >= limitMs,
    )
    .map((a) => ({ type: "alert.escalated", alertId: a.id, venueTime }));
}
