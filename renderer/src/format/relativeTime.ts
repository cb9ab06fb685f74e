import type { Locale } from "../../../shared/model/common";
import { intlLocale } from "../i18n/i18n";

/** Each unit in seconds, and up to how many seconds it is the one used. */
const UNITS: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ["second", 1, 60],
  ["minute", 60, 3600],
  ["hour", 3600, 48 * 3600],
  ["day", 86_400, Number.POSITIVE_INFINITY],
];

/** How long ago, as shown: a whole number of one unit (0 reads as now). */
export interface AgoParts {
  value: number;
  unit: Intl.RelativeTimeFormatUnit;
}

/**
 * How long ago an instant was, in the largest unit that keeps the number small. A time slightly ahead of
 * `nowMs` (clock skew) is 0 seconds ago. Two instants with the same parts read the same.
 */
export function agoParts(thenMs: number, nowMs: number): AgoParts {
  const seconds = Math.max(0, Math.round((nowMs - thenMs) / 1000));
  const [unit, size] = UNITS.find(([, , below]) => seconds < below) ?? ["day", 86_400];
  return { value: Math.floor(seconds / size), unit };
}

// Creating an Intl.RelativeTimeFormat costs far more than formatting with one: one per locale, kept.
const formats = new Map<Locale, Intl.RelativeTimeFormat>();

/** The short "… ago" format of a locale, created once and then reused. */
export function relativeTimeFormat(locale: Locale): Intl.RelativeTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: "auto", style: "short" });
    formats.set(locale, format);
  }
  return format;
}

/** Parts from agoParts as text, e.g. "12 sec ago" or "now" ("12秒前", "现在"). */
export function formatAgoParts({ value, unit }: AgoParts, locale: Locale): string {
  return relativeTimeFormat(locale).format(-value, unit);
}

/**
 * How long ago an instant was, e.g. "12 sec ago" or "3 min ago" ("12秒前"), in the largest unit that keeps
 * the number small. A time slightly ahead of `nowMs` (clock skew) reads as now.
 */
export function formatAgo(thenMs: number, nowMs: number, locale: Locale): string {
  return formatAgoParts(agoParts(thenMs, nowMs), locale);
}
