import type { LiveState } from "../live/liveState";
import type { JournalEvent } from "./journalEvents";

export type AlertJournalEvent = Extract<JournalEvent, { type: `alert.${string}` }>;

/**
 * A raised alert replaces a resolved one of the same id (the condition came back); resolving is final.
 * Acknowledging and escalating stamp an alert that is still open.
 */
export function reduceAlert(state: LiveState, event: AlertJournalEvent): LiveState {
  if (event.type === "alert.raised") {
    const alert = { ...event.alert, acknowledged: null, resolvedAt: null, escalatedAt: null };
    return { ...state, alerts: { ...state.alerts, [alert.id]: alert } };
  }
  const alert = state.alerts[event.alertId];
  if (!alert || alert.resolvedAt !== null) return state;
  const changed =
    event.type === "alert.resolved"
      ? { ...alert, resolvedAt: event.venueTime }
      : event.type === "alert.acknowledged"
        ? { ...alert, acknowledged: { at: event.venueTime, by: event.actor } }
        : { ...alert, escalatedAt: event.venueTime };
  return { ...state, alerts: { ...state.alerts, [alert.id]: changed } };
}
