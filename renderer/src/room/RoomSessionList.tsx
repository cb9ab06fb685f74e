import { useTranslation } from "react-i18next";
import type { SessionGoNoGo } from "../../../shared/readiness/readinessViews";
import type { ExpectedTimes } from "../../../shared/views/expectedTimes";
import { sessionEndMs, sessionStartMs } from "../../../shared/views/schedule";
import { formatDelay } from "../../../shared/views/stageManager";
import { formatTime } from "../format/venueTime";
import { pickText, useLocale } from "../i18n/i18n";
import { ReadinessMark } from "../speakers/ReadinessMark";
import type { EventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";
import type { RoomFocus } from "./roomFocus";
import { useRoomView } from "./roomViewStore";
import { SESSION_STATUS_GLYPH } from "./sessionSymbols";

interface RoomSessionListProps {
  views: EventViews;
  focus: RoomFocus;
  expected: Record<string, ExpectedTimes>;
  goNoGo: Record<string, SessionGoNoGo>;
}

/** Today's sessions of the room, planned and expected times side by side; picking one shows its controls. */
export function RoomSessionList({ views, focus, expected, goNoGo }: RoomSessionListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const sessions = useHub((s) => s.live?.sessions);
  const selectSession = useRoomView((s) => s.selectSession);
  if (focus.today.length === 0)
    return (
      <p className="muted room-empty" data-testid="room-no-sessions-today">
        {t("room.noSessionsToday")}
      </p>
    );
  const span = (a: number, b: number) => `${formatTime(a, views.zone)}–${formatTime(b, views.zone)}`;

  return (
    <ol className="room-session-list">
      {focus.today.map((session) => {
        const status = sessions?.[session.id]?.status ?? "scheduled";
        const times = expected[session.id];
        const delay = times ? formatDelay(times.delayMin) : null;
        const readiness = goNoGo[session.id]?.status ?? null;
        const moved =
          times && (times.start !== sessionStartMs(session) || times.end !== sessionEndMs(session));
        return (
          <li key={session.id}>
            <button
              type="button"
              className="room-session-item"
              data-testid={`room-session-${session.id}`}
              data-status={status}
              aria-pressed={session.id === focus.focusId}
              onClick={() => selectSession(session.id === focus.currentId ? null : session.id)}
            >
              <span className="room-session-title">
                <span aria-hidden="true">{SESSION_STATUS_GLYPH[status]}</span>{" "}
                {pickText(session.title, locale)}
              </span>
              <span className="room-session-times tabular">
                <span>
                  <span className="muted">{t("room.planned")} </span>
                  {span(sessionStartMs(session), sessionEndMs(session))}
                </span>
                <span data-testid={`room-session-expected-${session.id}`}>
                  <span className="muted">{t("room.expected")} </span>
                  {times && moved ? span(times.start, times.end) : t("room.onTime")}
                </span>
              </span>
              <span className="room-session-meta">
                <span className={`session-status session-status-${status}`}>
                  {t(`sessionStatus.${status}`)}
                </span>
                {delay && (
                  <span className="delay-badge" data-testid={`room-session-delay-${session.id}`}>
                    {delay}
                  </span>
                )}
                {readiness && (
                  <ReadinessMark
                    status={readiness}
                    variant="word"
                    className="room-readiness"
                    testId={`room-readiness-${session.id}`}
                  />
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
