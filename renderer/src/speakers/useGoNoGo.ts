import { useMemo } from "react";
import { goNoGoBySession, type SessionGoNoGo } from "../../../shared/readiness/readinessViews";
import type { EventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";
import { useCoarseVenueMs } from "../state/venueClock";

/**
 * Every session's go/no-go, kept current by the checks, the sessions' states and the venue minute (every
 * deadline falls on a whole minute). It reads only these parts of the live state, so alerts and device
 * events do not re-render the views that show it.
 */
export function useGoNoGo(views: EventViews): Record<string, SessionGoNoGo> {
  const sessions = useHub((s) => s.live?.sessions);
  const readiness = useHub((s) => s.live?.readiness);
  const nowMs = useCoarseVenueMs();
  return useMemo(
    () =>
      sessions && readiness && nowMs !== null
        ? goNoGoBySession({ event: views.event, sessions, readiness }, views.event.sessions, nowMs)
        : {},
    [views.event, sessions, readiness, nowMs],
  );
}
