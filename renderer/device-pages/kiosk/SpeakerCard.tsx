import { useTranslation } from "react-i18next";
import type { EventFile } from "../../../shared/model/eventFile";
import type { Session } from "../../../shared/model/programme";
import { sessionTimeLabel } from "../../src/format/sessionTime";
import { formatShortDate } from "../../src/format/venueTime";
import { pickText, useLocale } from "../../src/i18n/i18n";

// One rule for a speaker's name on every screen: the console's speakers board uses it too.
export { speakerName } from "../../src/speakers/speakerNames";

/** The speaker's session: title, room, day and time in venue time. */
export function SessionLine({ session, event }: { session: Session | null; event: EventFile }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!session) return <p className="kiosk-session muted">{t("devicePage.kiosk.noSession")}</p>;
  const zone = event.event.timeZone;
  const room = event.venue.rooms.find((r) => r.id === session.roomId);
  return (
    <div className="kiosk-session" data-testid="kiosk-session" data-session-id={session.id}>
      <p className="kiosk-session-title">{pickText(session.title, locale)}</p>
      <p className="tabular">
        {room ? pickText(room.name, locale) : session.roomId} ·{" "}
        <span className="nowrap">
          {formatShortDate(Date.parse(session.start), zone, locale)} {sessionTimeLabel(session, zone, locale)}
        </span>
      </p>
    </div>
  );
}
