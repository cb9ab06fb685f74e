import { hubLabel } from "../windowOptions";
import type { AlertCounts, ShellStatus } from "./bridgeContract";
import { type MenuLanguage, menuText } from "./menuText";

/**
 * The tray's words: a tooltip and menu lines with the open alerts by severity. Pure; the counts are the
 * ones the console's alert rail shows (the console reports them over the bridge).
 */
export interface TrayLabel {
  /** Hover text (Windows, Linux). */
  tooltip: string;
  /** Short text beside the icon where the platform shows one (macOS, some Linux panels). */
  title: string;
  /** Lines for the tray's menu, one per severity. */
  lines: string[];
  /** The count for the dock/launcher badge: what someone must act on. */
  badge: number;
  /** "critical", "warning" or "none": which icon variant to show. */
  level: "critical" | "warning" | "none";
}

const SEVERITY_GLYPH = { critical: "●", warning: "▲", info: "○" } as const;

export function trayLabel(
  counts: AlertCounts | null,
  language: MenuLanguage,
  hubUrl: string,
  eventName: string | null,
): TrayLabel {
  const head = eventName ? `Venue Ops · ${eventName}` : "Venue Ops Console";
  const hub = hubLabel(hubUrl);
  if (!counts) {
    const unknown = menuText(language, "trayUnknown");
    return { tooltip: `${head}\n${unknown}\n${hub}`, title: "", lines: [unknown], badge: 0, level: "none" };
  }
  const total = counts.critical + counts.warning + counts.info;
  const summary =
    total === 0 ? menuText(language, "trayNone") : menuText(language, "trayCounts", { ...counts });
  const shown = (["critical", "warning", "info"] as const).filter((severity) => counts[severity] > 0);
  return {
    tooltip: `${head}\n${summary}\n${hub}`,
    title: shown.map((severity) => `${SEVERITY_GLYPH[severity]}${counts[severity]}`).join(" "),
    lines: (["critical", "warning", "info"] as const).map(
      (severity) => `${SEVERITY_GLYPH[severity]} ${menuText(language, severity)}: ${counts[severity]}`,
    ),
    badge: counts.critical + counts.warning,
    level: counts.critical > 0 ? "critical" : counts.warning > 0 ? "warning" : "none",
  };
}

/** Counts from the bridge are checked, not trusted: a page could send anything. */
export function parseAlertCounts(value: unknown): AlertCounts | null {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  const count = (key: string) => {
    const n = record[key];
    return typeof n === "number" && Number.isInteger(n) && n >= 0 && n < 1_000_000 ? n : null;
  };
  const critical = count("critical");
  const warning = count("warning");
  const info = count("info");
  return critical === null || warning === null || info === null ? null : { critical, warning, info };
}

/** A console's status report, checked field by field; null when it is not one. */
export function parseShellStatus(value: unknown): ShellStatus | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const alerts = parseAlertCounts(v.alerts);
  if (!alerts) return null;
  const text = (x: unknown, max: number) => (typeof x === "string" && x.length <= max ? x : null);
  return {
    alerts,
    eventName: text(v.eventName, 300),
    illustrativeNote: text(v.illustrativeNote, 4000),
    language: v.language === "zh-CN" ? "zh-CN" : "en",
  };
}
