import { DateTime } from "luxon";

/** A venue instant as clock digits, e.g. 09:41:07; the empty string for none. */
export function formatVenueTime(iso: string | null | undefined, zone: string): string {
  return iso ? DateTime.fromISO(iso, { zone }).toFormat("HH:mm:ss") : "";
}

/** A venue instant with its day, e.g. 11-11 09:41, where a list spans days. */
export function formatVenueDateTime(iso: string | null | undefined, zone: string): string {
  return iso ? DateTime.fromISO(iso, { zone }).toFormat("MM-dd HH:mm:ss") : "";
}
