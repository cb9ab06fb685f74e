import { useTranslation } from "react-i18next";
import { pickText, useLocale } from "../i18n/i18n";
import type { EventViews } from "../state/eventViews";
import { useRoomView } from "./roomViewStore";

/** The stage manager's room; the choice is remembered on this machine. */
export function RoomPicker({ views, roomId }: { views: EventViews; roomId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const setRoom = useRoomView((s) => s.setRoom);
  return (
    <label className="room-picker">
      <span className="muted">{t("room.pick")}</span>
      <select
        className="input room-select"
        data-testid="room-picker"
        value={roomId}
        onChange={(e) => setRoom(e.currentTarget.value)}
      >
        {views.lanes.map((room) => (
          <option key={room.id} value={room.id}>
            {pickText(room.name, locale)}
          </option>
        ))}
      </select>
    </label>
  );
}
