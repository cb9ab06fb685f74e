import type { TFunction } from "i18next";
import type { Locale } from "../../../shared/model/common";
import type { DeviceListRow } from "../../../shared/views/deviceList";
import { pickText } from "../i18n/i18n";
import type { EventViews } from "../state/eventViews";

/** Where a device is: its room, and for a booth device the booth's language and channel. */
export function devicePlace(
  row: Pick<DeviceListRow, "roomId" | "booth">,
  views: EventViews,
  locale: Locale,
  t: TFunction,
): { room: string; booth: string | null } {
  const room = row.roomId ? views.rooms.get(row.roomId) : undefined;
  const roomName = room ? pickText(room.name, locale) : (row.roomId ?? t("devices.unplaced"));
  if (!row.booth) return { room: roomName, booth: null };
  const language = views.event.languages.find((l) => l.code === row.booth?.language);
  return {
    room: roomName,
    booth: t("devices.boothPlace", {
      language: language ? pickText(language.name, locale) : row.booth.language,
      channel: row.booth.outputChannel,
    }),
  };
}
