import type { RefObject } from "react";
import { useTranslation } from "react-i18next";
import { isMultiDay, sessionDayIndices, sessionEndMs, sessionStartMs } from "../../../shared/views/schedule";
import { KIND_GLYPH } from "../components/symbols";
import { formatDate, formatTime, formatUtcOffset, splitDuration } from "../format/venueTime";
import { pickText, useLocale } from "../i18n/i18n";
import { SessionEditButton } from "../programme/ProgrammeDialogs";
import type { EventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";
import { useUi } from "../state/uiStore";
import { SpeakerTable } from "./SpeakerTable";

interface SessionDetailProps {
  views: EventViews;
  sessionId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function SessionDetail({ views, sessionId, headingRef }: SessionDetailProps) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const liveStatus = useHub((s) => s.live?.sessions[sessionId]?.status ?? "scheduled");
  const select = useUi((s) => s.select);
  const session = views.sessions.get(sessionId);
  if (!session) return null;
  const room = views.rooms.get(session.roomId);
  const start = sessionStartMs(session);
  const end = sessionEndMs(session);
  const days = sessionDayIndices(views.days, session).map((i) => i + 1);
  const multiDay = isMultiDay(views.days, session);
  const duration = splitDuration(end - start);
  const languages = new Map(views.event.languages.map((l) => [l.code, l]));
  const topicKey = `topics.${session.topic ?? ""}`;

  return (
    <>
      <h2 id="detail-heading" ref={headingRef} tabIndex={-1}>
        {pickText(session.title, locale)}
      </h2>
      <p className={`kind-pill kind-${session.kind}`} data-testid="detail-session-kind">
        <span aria-hidden="true">{KIND_GLYPH[session.kind]}</span> {t(`kinds.${session.kind}`)}
      </p>
      <dl className="detail-facts">
        <dt>{t("detail.room")}</dt>
        <dd>
          {room ? (
            <button
              type="button"
              className="link-button"
              onClick={() => select({ type: "room", id: room.id }, room.floorId)}
            >
              {pickText(room.name, locale)}
            </button>
          ) : (
            session.roomId
          )}
        </dd>
        <dt>{t("detail.when")}</dt>
        <dd data-testid="detail-session-when">
          {days.map((d) => t("timeline.day", { day: d })).join(", ")}
          {multiDay ? (
            <>
              <span className="block tabular">
                {formatDate(start, views.zone, locale)} {formatTime(start, views.zone)} –{" "}
                {formatDate(end, views.zone, locale)} {formatTime(end, views.zone)}
              </span>
              <span className="block">
                {t("detail.venueTimeOffset", { offset: formatUtcOffset(start, views.zone) })}
              </span>
            </>
          ) : (
            <>
              <span className="block">{formatDate(start, views.zone, locale)}</span>
              <span className="block tabular">
                {t("detail.plannedTime", {
                  start: formatTime(start, views.zone),
                  end: formatTime(end, views.zone),
                  offset: formatUtcOffset(start, views.zone),
                })}
              </span>
            </>
          )}
        </dd>
        {!multiDay && (
          <>
            <dt>{t("detail.duration")}</dt>
            <dd className="tabular">{t("detail.durationValue", duration)}</dd>
          </>
        )}
        <dt>{t("detail.languages")}</dt>
        <dd>
          {session.languages
            .map((code, i) => {
              const name = languages.get(code);
              const label = name ? pickText(name.name, locale) : code;
              return i === 0 ? `${label} (${t("detail.floorLanguage")})` : label;
            })
            .join(", ")}
        </dd>
        {session.topic && (
          <>
            <dt>{t("detail.topic")}</dt>
            <dd>{i18n.exists(topicKey) ? t(topicKey as "topics.urban-renewal") : session.topic}</dd>
          </>
        )}
        <dt>{t("detail.liveStatus")}</dt>
        <dd>{t(`sessionStatus.${liveStatus}`)}</dd>
      </dl>
      <SessionEditButton sessionId={session.id} />
      <SpeakerTable views={views} session={session} />
    </>
  );
}
