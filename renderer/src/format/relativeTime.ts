import type { Locale } from "../../../shared/model/common";
import { intlLocale } from "../i18n/i18n";

/** Each unit in seconds, and up to how many seconds it is the one used. */
const UNITS: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ["second", 1, 60],
  ["minute", 60, 3600],
  ["hour", 3600, 48 * 3600],
  ["day", 86_400, Number.POSITIVE_INFINITY],
];

/**
 * How long ago an instant was, e.g. "12 sec ago" or "3 min ago" ("12秒前"), in the largest unit that keeps
 * the number small. A time slightly ahead of `nowMs` (clock skew) reads as now.
 */
export function formatAgo(thenMs: number, nowMs: number, locale: Locale): string {
  const format = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: "auto", style: "short" });
  const seconds = Math.max(0, Math.round((nowMs - thenMs) / 1000));
  const [unit, size] = UNITS.find(([, , below]) => seconds < below) ?? ["day", 86_400];
  return format.format(-Math.floor(seconds / size), unit);
}
