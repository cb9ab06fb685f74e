import type { JournalEvent } from "../journal/journalEvents";
import type { EventFile } from "../model/eventFile";
import type { LiveState } from "./liveState";

/**
 * What leaves the hub: the event without its secrets (OBS passwords). The journal on disk keeps the
 * full event; consoles, browsers and the HTTP API only ever see this view.
 */
export function publicEventFile<T extends EventFile | null>(event: T): T {
  if (event === null || !event.devices.some((d) => d.obs?.password !== undefined)) return event;
  return {
    ...event,
    devices: event.devices.map((d) =>
      d.obs?.password === undefined ? d : { ...d, obs: { address: d.obs.address } },
    ),
  };
}

export function publicState(state: LiveState): LiveState {
  const event = publicEventFile(state.event);
  return event === state.event ? state : { ...state, event };
}

export function publicJournalEvents(events: readonly JournalEvent[]): readonly JournalEvent[] {
  if (!events.some((e) => e.type === "event.loaded")) return events;
  return events.map((e) => (e.type === "event.loaded" ? { ...e, event: publicEventFile(e.event) } : e));
}
