import ical from "ical-generator";
import { DateTime } from "luxon";
import type { EventFile } from "../../model/eventFile";

export interface ICalendarOptions {
  /** Only this room's sessions. */
  roomId?: string;
  /**
   * The VTIMEZONE component for an IANA zone, or null when unknown. Injected because the zone database
   * (@touch4it/ical-timezones) reads files: the command line passes its getVtimezoneComponent.
   */
  vtimezone: (zone: string) => string | null;
  /** DTSTAMP of every entry: when the calendar was made. */
  generatedAt: Date;
}

export interface ICalendarExport {
  text: string;
  /** False when the zone had no VTIMEZONE: times are then written in UTC, still the right instants. */
  withTimeZone: boolean;
}

/**
 * The programme as iCalendar: one VEVENT per session with DTSTART/DTEND in the venue's zone (TZID) and
 * that zone's VTIMEZONE, so calendar apps show the venue's times whatever zone they are in.
 */
export function exportICalendar(event: EventFile, options: ICalendarOptions): ICalendarExport {
  const zone = event.event.timeZone;
  const withTimeZone = options.vtimezone(zone) !== null;
  const room =
    options.roomId === undefined ? undefined : event.venue.rooms.find((r) => r.id === options.roomId);
  const rooms = new Map(event.venue.rooms.map((r) => [r.id, r]));
  const people = new Map(event.people.speakers.map((p) => [p.id, p]));
  const calendar = ical({
    name: room ? `${event.event.name.en} · ${room.name.en}` : event.event.name.en,
    prodId: { company: "Venue Ops Console", product: event.event.id, language: "EN" },
    // No calendar-wide zone name: ical-generator would then write DTSTAMP as local time, which RFC 5545
    // forbids. The generator alone makes it add the VTIMEZONE of every zone the events use.
    timezone: { name: null, generator: options.vtimezone },
    ...(withTimeZone ? { x: [["X-WR-TIMEZONE", zone]] as [string, string][] } : {}),
  });
  for (const session of event.sessions) {
    if (options.roomId !== undefined && session.roomId !== options.roomId) continue;
    const place = rooms.get(session.roomId);
    const speakers = session.speakers.map(
      (s) => `${people.get(s.personId)?.name ?? s.personId} (${s.role}, ${s.mode})`,
    );
    calendar.createEvent({
      id: `${session.id}@${event.event.id}.venue-ops`,
      start: DateTime.fromISO(session.start, { zone }),
      end: DateTime.fromISO(session.end, { zone }),
      ...(withTimeZone ? { timezone: zone } : {}),
      stamp: options.generatedAt,
      summary: session.title.en,
      location: place ? `${place.name.en} / ${place.name["zh-CN"]}` : session.roomId,
      description: [
        session.title["zh-CN"] === session.title.en ? undefined : session.title["zh-CN"],
        `${session.kind}; languages: ${session.languages.join(", ")}`,
        speakers.length > 0 ? `Speakers: ${speakers.join("; ")}` : undefined,
      ]
        .filter((line) => line !== undefined)
        .join("\n"),
      categories: [{ name: session.kind }],
    });
  }
  return { text: calendar.toString(), withTimeZone };
}
