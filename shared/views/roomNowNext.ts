import type { Session } from "../model/programme";

export interface RoomNowNext {
  current: Session | null;
  next: Session | null;
}

/**
 * The session on now in a room by the schedule, and the next one to start: what a door panel shows when
 * the hub has not told it yet (the hub's display driver decides the same way).
 */
export function roomNowNext(sessions: readonly Session[], roomId: string, nowMs: number): RoomNowNext {
  const inRoom = sessions
    .filter((s) => s.roomId === roomId)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return {
    current: inRoom.find((s) => Date.parse(s.start) <= nowMs && nowMs < Date.parse(s.end)) ?? null,
    next: inRoom.find((s) => Date.parse(s.start) > nowMs) ?? null,
  };
}
