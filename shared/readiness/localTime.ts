import { DateTime } from "luxon";
import type { ReadinessSettings } from "../model/readiness";

export interface LocalTime {
  /** "03:30" in the person's zone. */
  time: string;
  /** Calendar date there, e.g. "2021-11-11", to tell "tomorrow there" from "today". */
  date: string;
  /** "UTC-5", "UTC+5:30". */
  offset: string;
  /** Between the night hours (22:00 to 06:00 by default) where they are. */
  night: boolean;
}

/** Whether an hour of the day falls in the night window, which may wrap past midnight. */
export function isNightHour(
  hour: number,
  settings: Pick<ReadinessSettings, "nightStartHour" | "nightEndHour">,
) {
  const { nightStartHour: from, nightEndHour: to } = settings;
  return from > to ? hour >= from || hour < to : hour >= from && hour < to;
}

/** An instant as a remote speaker lives it: their clock, date and offset, and whether it is night there. */
export function localTimeIn(
  timeZone: string,
  instantMs: number,
  settings: Pick<ReadinessSettings, "nightStartHour" | "nightEndHour">,
): LocalTime {
  const local = DateTime.fromMillis(instantMs, { zone: timeZone });
  const minutes = local.offset;
  const sign = minutes < 0 ? "-" : "+";
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return {
    time: local.toFormat("HH:mm"),
    date: local.toISODate() ?? "",
    offset: `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, "0")}` : ""}`,
    night: isNightHour(local.hour, settings),
  };
}
