import { DateTime } from "luxon";
import type { Locale } from "../../../shared/model/common";
import { intlLocale } from "../i18n/i18n";

/** Clock digits in the venue zone, 24-hour, e.g. 08:45:07. */
export function formatClock(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat("HH:mm:ss");
}

/** Hours and minutes in the given zone, e.g. 14:30. */
export function formatTime(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat("HH:mm");
}

/** Weekday and date, e.g. "Mon, 8 Nov 2021" or "2021年11月8日周一". */
export function formatDate(ms: number, zone: string, locale: Locale): string {
  return DateTime.fromMillis(ms, { zone })
    .setLocale(intlLocale(locale))
    .toLocaleString({ weekday: "short", day: "numeric", month: "short", year: "numeric" });
}

/** Weekday and date without the year, e.g. "Mon 8 Nov" or "11月8日周一", for tight spaces. */
export function formatShortDate(ms: number, zone: string, locale: Locale): string {
  return DateTime.fromMillis(ms, { zone })
    .setLocale(intlLocale(locale))
    .toLocaleString({ weekday: "short", day: "numeric", month: "short" });
}

/** Short day label for tabs, e.g. "Mon 8 Nov" or "11月8日周一". */
export function formatDayLabel(date: string, zone: string, locale: Locale): string {
  return DateTime.fromISO(date, { zone })
    .setLocale(intlLocale(locale))
    .toLocaleString({ weekday: "short", day: "numeric", month: "short" });
}

/** Offset from UTC of a zone at an instant, e.g. "UTC+8" or "UTC+5:30". */
export function formatUtcOffset(ms: number, zone: string): string {
  return `UTC${DateTime.fromMillis(ms, { zone }).toFormat("Z")}`;
}

/** Whole-day count and HH:MM:SS of a non-negative duration; negative durations count as zero. */
export function splitCountdown(ms: number): { days: number; hms: string } {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const rest = total % 86_400;
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    days,
    hms: `${pad(Math.floor(rest / 3600))}:${pad(Math.floor((rest % 3600) / 60))}:${pad(rest % 60)}`,
  };
}

export function splitDuration(ms: number): { hours: number; minutes: number } {
  const minutes = Math.round(ms / 60_000);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
