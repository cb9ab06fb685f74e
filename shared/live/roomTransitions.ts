import type { RoomStatus } from "./vocabulary";

/**
 * The room lifecycle a stage manager walks through. Only these moves are allowed, so a slip of the
 * keyboard cannot take a live room to "closed".
 */
export const ROOM_TRANSITIONS: Readonly<Record<RoomStatus, readonly RoomStatus[]>> = {
  closed: ["setup"],
  setup: ["tech-check", "closed"],
  "tech-check": ["ready", "setup"],
  ready: ["doors-open", "live", "tech-check"],
  "doors-open": ["live", "ready"],
  live: ["break", "strike"],
  break: ["live", "doors-open", "strike"],
  strike: ["closed", "setup"],
};

export function canMoveRoom(from: RoomStatus, to: RoomStatus): boolean {
  return ROOM_TRANSITIONS[from].includes(to);
}
