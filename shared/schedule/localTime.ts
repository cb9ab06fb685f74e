import { DateTime } from "luxon";

const WITH_OFFSET = /(Z|[+-]\d{2}(:?\d{2})?)$/i;
const LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2}(:\d{2})?)$/;

export type ParsedTime =
  | { ok: true; time: DateTime; hadOffset: boolean }
  | { ok: false; reason: string; hint: string };

/**
 * Reads a date and time as people and systems write them: `2021-11-08 09:30` (venue-local, in `zone`) or
 * ISO 8601 with an offset (`2021-11-08T09:30:00+08:00`, `...Z`), which keeps its own instant.
 */
export function parseDateTime(text: string, zone: string): ParsedTime {
  const trimmed = text.trim();
  const hint = `write it as ${zone} local time, e.g. 2025-11-10 09:30, or ISO 8601 with an offset`;
  if (WITH_OFFSET.test(trimmed) && trimmed.includes("T")) {
    const time = DateTime.fromISO(trimmed, { setZone: true });
    return time.isValid
      ? { ok: true, time, hadOffset: true }
      : { ok: false, reason: `not a date and time (${time.invalidExplanation ?? "unreadable"})`, hint };
  }
  const local = LOCAL.exec(trimmed);
  if (!local) return { ok: false, reason: "not a date and time", hint };
  const [, date = "", written = ""] = local;
  const clock = /^\d:/.test(written) ? `0${written}` : written; // 9:30 → 09:30
  const iso = `${date}T${clock}`;
  const time = DateTime.fromISO(iso, { zone });
  if (!time.isValid) return { ok: false, reason: "not a valid date and time", hint };
  // Luxon moves a wall time that does not exist (clocks jump forward) silently; say so instead.
  if (time.toFormat(iso.length > 16 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm") !== iso) {
    return {
      ok: false,
      reason: `${date} ${clock} does not exist in ${zone} (the clocks change then)`,
      hint: "use a time before or after the change, or give the offset",
    };
  }
  return { ok: true, time, hadOffset: false };
}

/** The event file's form of an instant: ISO 8601 in the venue's zone, e.g. 2021-11-08T09:30:00+08:00. */
export function toInstant(time: DateTime, zone: string): string {
  return time.setZone(zone).toISO({ suppressMilliseconds: true }) ?? "";
}

export const instantMillis = (instant: string) => DateTime.fromISO(instant, { setZone: true }).toMillis();

/** Venue-local calendar date of an instant. */
export function localDate(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone }).toISODate() ?? "";
}

/**
 * `2021-11-08 09:30` in the venue's zone, as the CSV files carry it. Falls back to ISO with an offset
 * when the local form would not give back the same instant (seconds, or the repeated hour in autumn).
 */
export function formatLocal(instant: string, zone: string): string {
  const local = DateTime.fromISO(instant, { zone });
  const text = local.toFormat("yyyy-MM-dd HH:mm");
  const back = DateTime.fromISO(text.replace(" ", "T"), { zone });
  return back.toMillis() === local.toMillis() ? text : toInstant(local, zone);
}

/** +08:00, -03:30, +00:00 */
export function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${sign}${hh}:${mm}`;
}
