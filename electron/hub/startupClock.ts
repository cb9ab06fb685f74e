import { DateTime } from "luxon";
import type { JournalChange } from "../../shared/journal/journalEvents";
import { adjustClock, rehearsalClock, WALL_CLOCK } from "../../shared/live/clock";
import type { LiveState } from "../../shared/live/liveState";
import type { EventFile } from "../../shared/model/eventFile";

export interface ClockOptions {
  /** "wall", or an ISO-8601 venue time to start a rehearsal clock from. */
  clock?: string;
  speed?: number;
  demo?: boolean;
}

/** 08:45 venue time on the event's first day: a quarter of an hour before the first sessions. */
export function demoStart(event: EventFile): number {
  const firstDay = event.event.days[0] ?? "";
  return DateTime.fromISO(`${firstDay}T08:45`, { zone: event.event.timeZone }).toMillis();
}

/** The clock change that the command-line options ask for at start-up, if any. */
export function startupClockChange(
  options: ClockOptions,
  event: EventFile,
  state: LiveState,
  wallMs: number,
): JournalChange | null {
  if (options.clock === "wall") return { type: "clock.set", clock: WALL_CLOCK };
  if (options.clock !== undefined) {
    const venue = DateTime.fromISO(options.clock, { zone: event.event.timeZone });
    if (!venue.isValid) throw new Error(`--clock: "${options.clock}" is neither "wall" nor an ISO-8601 time`);
    return { type: "clock.set", clock: rehearsalClock(venue.toMillis(), wallMs, options.speed ?? 1) };
  }
  if (options.demo)
    return { type: "clock.set", clock: rehearsalClock(demoStart(event), wallMs, options.speed ?? 1) };
  if (options.speed !== undefined && state.clock.mode === "rehearsal") {
    return { type: "clock.set", clock: adjustClock(state.clock, wallMs, { speed: options.speed }) };
  }
  return null;
}
