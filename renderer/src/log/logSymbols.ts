import type { LogEntryType } from "../../../shared/model/logbook";
import type { LogSeverity } from "./logFilter";

/** Each entry type has a shape of its own, so a printed or dimmed log still tells them apart. */
export const ENTRY_TYPE_GLYPH: Record<LogEntryType, string> = {
  general: "•",
  incident: "⚠",
  decision: "◆",
  handover: "⇄",
};

export const LOG_SEVERITY_GLYPH: Record<LogSeverity, string> = { critical: "✖", warning: "▲", info: "●" };

export const KEY_EVENT_GLYPH = "★";
