import { dayIndexAt, type EventDay } from "../../../shared/views/schedule";
import { useUi } from "./uiStore";
import { useCoarseVenueMs } from "./venueClock";

/** The event day the venue clock is in; before the event the first day, after it the last. */
export function todayIndex(days: readonly EventDay[], venueMs: number | null): number {
  if (venueMs === null) return 0;
  const index = dayIndexAt(days, venueMs);
  if (index !== null) return index;
  const last = days.at(-1);
  return last && venueMs >= last.endMs ? last.index : 0;
}

/** Today by the venue clock, or null outside the event. */
export function useTodayIndex(days: readonly EventDay[]): number | null {
  const venueMs = useCoarseVenueMs();
  return venueMs === null ? null : dayIndexAt(days, venueMs);
}

/** The day the timeline shows: the one chosen, or else the venue clock's. */
export function useShownDayIndex(days: readonly EventDay[]): { index: number; following: boolean } {
  const chosen = useUi((s) => s.dayIndex);
  const venueMs = useCoarseVenueMs();
  if (chosen !== null && chosen < days.length) return { index: chosen, following: false };
  return { index: todayIndex(days, venueMs), following: true };
}
