import type { EventFile } from "../../../shared/model/eventFile";
import type { Speaker } from "../../../shared/model/people";
import type { Session } from "../../../shared/model/programme";
import type { Floor, Room } from "../../../shared/model/venue";
import {
  type DailyWindow,
  dailyWindow,
  type EventDay,
  eventDays,
  roomsWithSessions,
  sessionsByDay,
} from "../../../shared/views/schedule";
import { selectEvent, useHub } from "./hubStore";

/** Everything the views derive from the event file, computed once per loaded event. */
export interface EventViews {
  event: EventFile;
  zone: string;
  days: EventDay[];
  sessionsByDay: Session[][];
  window: DailyWindow;
  /** Timeline lanes: rooms that hold sessions, lowest floor first. */
  lanes: Room[];
  floors: Floor[];
  roomsByFloor: Map<string, Room[]>;
  rooms: Map<string, Room>;
  sessions: Map<string, Session>;
  sessionsByRoom: Map<string, Session[]>;
  speakers: Map<string, Speaker>;
}

const cache = new WeakMap<EventFile, EventViews>();

export function eventViews(event: EventFile): EventViews {
  const cached = cache.get(event);
  if (cached) return cached;
  const byDay = sessionsByDay(event);
  const roomsByFloor = new Map<string, Room[]>();
  for (const room of event.venue.rooms)
    roomsByFloor.set(room.floorId, [...(roomsByFloor.get(room.floorId) ?? []), room]);
  const sessionsByRoom = new Map<string, Session[]>();
  for (const session of [...event.sessions].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    sessionsByRoom.set(session.roomId, [...(sessionsByRoom.get(session.roomId) ?? []), session]);
  }
  const views: EventViews = {
    event,
    zone: event.event.timeZone,
    days: eventDays(event),
    sessionsByDay: byDay,
    window: dailyWindow(event),
    lanes: roomsWithSessions(event),
    floors: [...event.venue.floors].sort((a, b) => a.level - b.level),
    roomsByFloor,
    rooms: new Map(event.venue.rooms.map((r) => [r.id, r])),
    sessions: new Map(event.sessions.map((s) => [s.id, s])),
    sessionsByRoom,
    speakers: new Map(event.people.speakers.map((s) => [s.id, s])),
  };
  cache.set(event, views);
  return views;
}

export function useEventViews(): EventViews | null {
  const event = useHub(selectEvent);
  return event ? eventViews(event) : null;
}
