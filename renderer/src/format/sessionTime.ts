import { DateTime } from "luxon";
import type { Locale } from "../../../shared/model/common";
import type { Session } from "../../../shared/model/programme";
import { formatShortDate, formatTime } from "./venueTime";

/**
 * Planned times in venue time: "09:30–11:00" within a day, with dates when the session runs over
 * several days ("Thu 11 Nov 09:00 – Sat 13 Nov 17:00").
 */
export function sessionTimeLabel(
  session: Pick<Session, "start" | "end">,
  zone: string,
  locale: Locale,
): string {
  const start = DateTime.fromISO(session.start, { zone });
  const end = DateTime.fromISO(session.end, { zone });
  const startMs = start.toMillis();
  const endMs = end.toMillis();
  if (start.hasSame(end, "day")) return `${formatTime(startMs, zone)}–${formatTime(endMs, zone)}`;
  return `${formatShortDate(startMs, zone, locale)} ${formatTime(startMs, zone)} – ${formatShortDate(endMs, zone, locale)} ${formatTime(endMs, zone)}`;
}
