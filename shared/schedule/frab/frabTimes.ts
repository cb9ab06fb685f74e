import { DateTime } from "luxon";
import { offsetLabel } from "../localTime";
import type { Origin, ProblemLog } from "../report";
import type { FrabDay, FrabEvent } from "./frabSchema";

const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/** frab durations: "01:30" (hours and minutes) or "1:30:00" (with seconds); minutes, or undefined. */
export function durationMinutes(text: string): number | undefined {
  const match = CLOCK.exec(text.trim());
  if (!match) return undefined;
  const [, h = "0", m = "0", s] = match;
  if (Number(m) > 59 || (s !== undefined && Number(s) > 59)) return undefined;
  return Number(h) * 60 + Number(m) + (s === undefined ? 0 : Number(s) / 60);
}

export interface EventTimeContext {
  /** The conference's zone, in which frab's local fields are meant. */
  zone: string;
  day: FrabDay;
  dayNumber: number;
  at: (field: string) => Origin;
  log: ProblemLog;
}

const hhmm = (time: DateTime) => time.toFormat("HH:mm");

/**
 * When an event starts. frab gives it twice: `date` (ISO with an offset) and `start` (local HH:MM). The
 * date wins because it is an instant; an offset other than the zone's, or a start that disagrees, is
 * reported, never corrected. Without a full date, `start` is read on the day's date in the conference's
 * zone, on the next calendar day when it is before the day's start (days run past midnight).
 */
export function eventStart(event: FrabEvent, context: EventTimeContext): DateTime | undefined {
  const { zone, day, log } = context;
  const clock = CLOCK.exec(event.start.trim());
  const written = event.date?.trim() ?? "";
  if (written.includes("T")) {
    const time = HAS_OFFSET.test(written)
      ? DateTime.fromISO(written, { setZone: true })
      : DateTime.fromISO(written, { zone });
    if (!time.isValid) {
      log.error(
        "invalid-value",
        context.at("date"),
        `date "${written}" is not an ISO 8601 date and time`,
        "write it as 2024-10-25T10:00:00+02:00",
      );
      return undefined;
    }
    const venue = time.setZone(zone);
    if (time.offset !== venue.offset)
      log.warning(
        "offset-differs",
        context.at("date"),
        `"${written}" has offset ${offsetLabel(time.offset)} but ${zone} is at ${offsetLabel(venue.offset)} then; ` +
          `kept as the same instant: ${venue.toFormat("yyyy-MM-dd HH:mm")} in ${zone}`,
        "nothing to do if that instant is right; otherwise correct the time in the conference system",
      );
    const said = clock ? `${clock[1]?.padStart(2, "0")}:${clock[2]}` : undefined;
    if (said !== undefined && said !== hhmm(time) && said !== hhmm(venue))
      log.warning(
        "start-mismatch",
        context.at("start"),
        `start "${event.start}" differs from the time in date (${hhmm(venue)} in ${zone}); the date is used`,
        "correct start or date in the conference system so that they agree",
      );
    return time;
  }
  if (!clock) {
    log.error(
      "invalid-value",
      context.at("start"),
      `start "${event.start}" is not a time of day`,
      "write it as HH:MM, e.g. 09:30",
    );
    return undefined;
  }
  const date = written === "" ? day.date : written;
  const [, h = "0", m = "0"] = clock;
  let time = DateTime.fromISO(date, { zone }).set({ hour: Number(h), minute: Number(m) });
  if (!time.isValid) {
    log.error("invalid-value", context.at("date"), `date "${date}" is not a date`, "write it as 2024-10-25");
    return undefined;
  }
  const dayStart = day.day_start ? DateTime.fromISO(day.day_start, { zone }) : undefined;
  if (written === "" && dayStart?.isValid && hhmm(time) < hhmm(dayStart)) time = time.plus({ days: 1 });
  return time;
}

/** frab days often run past midnight: an event there keeps its true date, and the report says so. */
export function checkDayOfEvent(start: DateTime, context: EventTimeContext): void {
  const local = start.setZone(context.zone);
  const date = local.toISODate() ?? "";
  const { day } = context;
  if (date > day.date)
    context.log.warning(
      "past-midnight",
      context.at("date"),
      `listed on day ${context.dayNumber} (${day.date}) but starts after midnight, ${local.toFormat("yyyy-MM-dd HH:mm")}; ` +
        "it keeps its true date",
      "nothing to do: frab days often run past midnight; the timeline shows it on its true date",
    );
  else if (date < day.date)
    context.log.warning(
      "start-mismatch",
      context.at("date"),
      `listed on day ${context.dayNumber} (${day.date}) but starts on ${date}; it keeps its own date`,
      "move it to the right day in the conference system",
    );
}
