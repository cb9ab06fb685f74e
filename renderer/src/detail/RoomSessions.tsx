import { useTranslation } from "react-i18next";
import { sessionDayIndices, sessionEndMs, sessionStartMs } from "../../../shared/views/schedule";
import { KIND_GLYPH } from "../components/symbols";
import { formatTime } from "../format/venueTime";
import { pickText, useLocale } from "../i18n/i18n";
import type { EventViews } from "../state/eventViews";
import { useUi } from "../state/uiStore";

export function RoomSessions({ views, roomId }: { views: EventViews; roomId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const select = useUi((s) => s.select);
  const sessions = views.sessionsByRoom.get(roomId) ?? [];
  return (
    <>
      <h3>{t("detail.sessionsHere")}</h3>
      {sessions.length === 0 ? (
        <p className="muted">{t("detail.noSessions")}</p>
      ) : (
        <ul className="link-list">
          {sessions.map((session) => {
            const days = sessionDayIndices(views.days, session).map((i) => i + 1);
            const dayText = days.length > 1 ? `${days[0]}–${days.at(-1)}` : String(days[0] ?? "");
            return (
              <li key={session.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => select({ type: "session", id: session.id })}
                >
                  <span className="tabular muted">
                    {t("timeline.day", { day: dayText })} · {formatTime(sessionStartMs(session), views.zone)}–
                    {formatTime(sessionEndMs(session), views.zone)}
                  </span>{" "}
                  <span aria-hidden="true">{KIND_GLYPH[session.kind]}</span> {pickText(session.title, locale)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
