import { useTranslation } from "react-i18next";
import type { Alert } from "../../../shared/live/liveState";
import type { BoardSession } from "../../../shared/readiness/readinessViews";
import { formatDelay } from "../../../shared/views/stageManager";
import { sessionTimeLabel } from "../format/sessionTime";
import { formatTime } from "../format/venueTime";
import { pickText, useLocale } from "../i18n/i18n";
import type { Names } from "../interpretation/names";
import { SESSION_STATUS_GLYPH } from "../room/sessionSymbols";
import { usePermission } from "../signin/usePermission";
import type { EventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";
import { ReadinessMark } from "./ReadinessMark";
import { SlotCountdown } from "./SlotCountdown";
import { SpeakerRow } from "./SpeakerRow";

interface SessionCardProps {
  views: EventViews;
  entry: BoardSession;
  nowMs: number;
  isToday: boolean;
  /** Open speaker alerts, worst first. */
  alerts: Alert[];
  names: Names;
  nameOf: (id: string) => string;
  deviceName: (id: string) => string;
}

/** One session: its go/no-go, room, planned and expected start and the countdown; then its speakers. */
export function SessionCard({
  views,
  entry,
  nowMs,
  isToday,
  alerts,
  names,
  nameOf,
  deviceName,
}: SessionCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { session, goNoGo } = entry;
  const status = useHub((s) => s.live?.sessions[session.id]?.status) ?? "scheduled";
  const actualStart = useHub((s) => s.live?.sessions[session.id]?.actualStart ?? null);
  const watched = goNoGo.status !== null;
  // The hub's rule is the same for every item of the session (its room must be this operator's), so one
  // check stands for all of them; a refused operator sees the tiles disabled with the reason.
  const permission = usePermission({
    type: "speaker.setCheck",
    sessionId: session.id,
    speakerId: session.speakers[0]?.personId ?? "",
    item: "standby",
    done: true,
  });
  const room = views.rooms.get(session.roomId);
  const delay = formatDelay(Math.trunc((goNoGo.startMs - Date.parse(session.start)) / 60_000));
  const titleId = `spk-session-title-${session.id}`;

  return (
    <section
      className={watched ? "spk-session" : "spk-session is-unwatched"}
      data-testid={`spk-session-${session.id}`}
      data-status={goNoGo.status ?? "none"}
      data-session-status={status}
      data-watched={watched}
      aria-labelledby={titleId}
    >
      <header className="spk-session-head">
        <div className="spk-gonogo-slot">
          {goNoGo.status ? (
            <ReadinessMark
              status={goNoGo.status}
              variant="word"
              className="spk-gonogo"
              testId={`spk-gonogo-${session.id}`}
            />
          ) : (
            <span
              className={`spk-gonogo spk-session-state session-status-${status}`}
              data-testid={`spk-gonogo-${session.id}`}
            >
              <span aria-hidden="true">{SESSION_STATUS_GLYPH[status]}</span> {t(`sessionStatus.${status}`)}
            </span>
          )}
        </div>
        <div className="spk-session-main">
          <h2 id={titleId} className="spk-session-title">
            {pickText(session.title, locale)}
          </h2>
          <p className="spk-session-meta">
            <span>{room ? pickText(room.name, locale) : session.roomId}</span>
            <span className="tabular">
              <span className="muted">{t("room.planned")} </span>
              {sessionTimeLabel(session, views.zone, locale)}
            </span>
            {/* Expected while it is to come; once under way, when it really started. */}
            {watched ? (
              <span className="tabular" data-testid={`spk-expected-${session.id}`}>
                <span className="muted">{t("room.expected")} </span>
                {delay ? `${formatTime(goNoGo.startMs, views.zone)} (${delay})` : t("room.onTime")}
              </span>
            ) : (
              actualStart && (
                <span className="tabular" data-testid={`spk-started-${session.id}`}>
                  {t("speakers.started", { time: formatTime(Date.parse(actualStart), views.zone) })}
                </span>
              )
            )}
            <span className="tabular" data-testid={`spk-ready-count-${session.id}`}>
              {t("speakers.speakersReady", { ready: goNoGo.readyCount, total: goNoGo.speakerCount })}
            </span>
          </p>
        </div>
        {/* The slot stays when the session starts, so the header keeps its shape. */}
        {watched ? <SlotCountdown sessionId={session.id} /> : <span className="spk-countdown" />}
      </header>
      <div className="spk-rows">
        {entry.speakers.map((speaker) => (
          <SpeakerRow
            key={speaker.personId}
            event={views.event}
            sessionId={session.id}
            entry={speaker}
            person={views.speakers.get(speaker.personId)}
            watched={watched}
            blocked={permission.allowed ? null : permission.reason}
            finished={status === "ended" || status === "cancelled"}
            isToday={isToday}
            startMs={goNoGo.startMs}
            nowMs={nowMs}
            alerts={alerts.filter(
              (a) => a.subject.type === "speaker" && a.subject.id === `${session.id}|${speaker.personId}`,
            )}
            names={names}
            nameOf={nameOf}
            deviceName={deviceName}
          />
        ))}
      </div>
    </section>
  );
}
