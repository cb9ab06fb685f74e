import { useTranslation } from "react-i18next";
import type { Session } from "../../../shared/model/programme";
import { rollUpDeviceHealth } from "../../../shared/views/deviceHealth";
import { DEVICE_GLYPH } from "../components/symbols";
import { DeviceTable } from "../detail/DeviceTable";
import { SpeakerTable } from "../detail/SpeakerTable";
import { pickText, useLocale } from "../i18n/i18n";
import type { EventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";

/** Who speaks, how the booths are and how the room's devices are: the context around the controls. */
export function RoomSummary({
  views,
  roomId,
  session,
}: {
  views: EventViews;
  roomId: string;
  session?: Session;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const devices = useHub((s) => s.live?.devices);
  const health = devices ? rollUpDeviceHealth(views.event, { devices }) : null;
  const booths = views.event.booths.filter((b) => b.roomId === roomId);
  const languages = new Map(views.event.languages.map((l) => [l.code, l]));

  return (
    <div className="room-summary">
      {session && <SpeakerTable views={views} session={session} />}
      <h3>{t("detail.booths")}</h3>
      {booths.length === 0 ? (
        <p className="muted">{t("detail.noBooths")}</p>
      ) : (
        <ul className="booth-summary" data-testid="room-booths">
          {booths.map((booth) => {
            const language = languages.get(booth.language);
            const status = health?.booths[booth.id] ?? "ok";
            return (
              <li
                key={booth.id}
                className={`health-inline health-${status}`}
                data-testid={`room-booth-${booth.id}`}
              >
                <span aria-hidden="true">{DEVICE_GLYPH[status]}</span>{" "}
                {language ? pickText(language.name, locale) : booth.language}
                <span className="muted"> · {t(`deviceStatus.${status}`)}</span>
              </li>
            );
          })}
        </ul>
      )}
      <DeviceTable views={views} roomId={roomId} />
    </div>
  );
}
