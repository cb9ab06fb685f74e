import type { Session } from "../../../shared/model/programme";
import { sessionDayIndices } from "../../../shared/views/schedule";
import { currentSessionId } from "../../../shared/views/stageManager";
import { todayIndex } from "../state/dayFocus";
import { eventViews } from "../state/eventViews";
import { hubStore } from "../state/hubStore";
import { coarseVenueClock } from "../state/venueClock";
import { useRoomView } from "./roomViewStore";

export interface RoomFocus {
  roomId: string;
  /** The room's sessions today (by the venue clock), in time order. */
  today: Session[];
  currentId: string | null;
  /** The session the controls act on: the one picked, else the current one. */
  focusId: string | null;
}

/** Which room, day and session the stage manager is on; shared by the view and the keyboard. */
export function roomFocus(
  roomId: string | null,
  pickedSessionId: string | null,
  venueMs: number | null,
): RoomFocus | null {
  const live = hubStore.getState().live;
  if (!live?.event) return null;
  const views = eventViews(live.event);
  const room = (roomId && views.rooms.get(roomId)) || views.lanes[0];
  if (!room) return null;
  const day = todayIndex(views.days, venueMs);
  const today = (views.sessionsByRoom.get(room.id) ?? []).filter((s) =>
    sessionDayIndices(views.days, s).includes(day),
  );
  const currentId = currentSessionId(today, live.sessions);
  const picked = pickedSessionId && views.sessions.get(pickedSessionId)?.roomId === room.id;
  return { roomId: room.id, today, currentId, focusId: picked ? pickedSessionId : currentId };
}

/** The same, read from the stores right now (for keyboard handlers outside React). */
export function currentRoomFocus(): RoomFocus | null {
  const { roomId, sessionId } = useRoomView.getState();
  return roomFocus(roomId, sessionId, coarseVenueClock.getState().venueMs);
}
