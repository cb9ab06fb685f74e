import type { DeviceStatus, RoomStatus } from "../../../shared/live/vocabulary";
import type { SessionKind } from "../../../shared/model/programme";

/**
 * Shapes that carry meaning without colour: nobody in the room (hollow) for online, people present
 * (solid) for in person, half and half for hybrid, a grid of stands for the exhibition.
 */
export const KIND_GLYPH: Record<SessionKind, string> = {
  online: "○",
  hybrid: "◐",
  "in-person": "●",
  exhibition: "▦",
};

export const DEVICE_GLYPH: Record<DeviceStatus, string> = {
  ok: "✓",
  warning: "▲",
  fault: "✖",
  offline: "○",
  initializing: "◌",
  missing: "?",
};

/** Room states that need attention from across the room get a marker beside the word. */
export const ROOM_STATUS_GLYPH: Partial<Record<RoomStatus, string>> = {
  live: "●",
  "doors-open": "▸",
  break: "Ⅱ",
};

export const ISSUE_GLYPH = "⚠";
