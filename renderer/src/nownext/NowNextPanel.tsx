import { useTranslation } from "react-i18next";
import type { Session } from "../../../shared/model/programme";
import type { ReadinessStatus } from "../../../shared/readiness/readiness";
import { nowAndNext, sessionEndMs, sessionStartMs } from "../../../shared/views/schedule";
import { KIND_GLYPH } from "../components/symbols";
import { TickingText } from "../components/TickingText";
import { sessionTimeLabel } from "../format/sessionTime";
import { splitCountdown } from "../format/venueTime";
import { pickText, useLocale } from "../i18n/i18n";
import { ReadinessMark } from "../speakers/ReadinessMark";
import { useGoNoGo } from "../speakers/useGoNoGo";
import type { EventViews } from "../state/eventViews";
import { useUi } from "../state/uiStore";
import { useCoarseVenueMs } from "../state/venueClock";

const NEXT_LIMIT = 4;

function NowNextItem({
  session,
  views,
  phase,
  readiness,
}: {
  session: Session;
  views: EventViews;
  phase: "now" | "next";
  /** The speakers' go/no-go while the session is still to start (a "now" one may not have started). */
  readiness: ReadinessStatus | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const select = useUi((s) => s.select);
  const room = views.rooms.get(session.roomId);
  const target = phase === "now" ? sessionEndMs(session) : sessionStartMs(session);
  const countdown = (venueMs: number) => {
    const { days, hms } = splitCountdown(target - venueMs);
    return days > 0 ? t("nowNext.countdownDays", { days, time: hms }) : hms;
  };
  const time = sessionTimeLabel(session, views.zone, locale);

  return (
    <li>
      <button
        type="button"
        className={`nn-item kind-${session.kind}`}
        data-testid={`${phase}-item-${session.id}`}
        onClick={() => select({ type: "session", id: session.id }, room?.floorId)}
      >
        <span className="nn-glyph" aria-hidden="true">
          {KIND_GLYPH[session.kind]}
        </span>
        <span className="nn-main">
          <span className="nn-title">{pickText(session.title, locale)}</span>
          <span className="nn-meta">
            {room ? pickText(room.name, locale) : session.roomId} · {t(`kinds.${session.kind}`)} ·{" "}
            <span className="tabular">{time}</span>
          </span>
        </span>
        <span className="nn-countdown">
          <span className="nn-countdown-label">
            {phase === "now" ? t("nowNext.endsIn") : t("nowNext.startsIn")}
          </span>
          <TickingText className="nn-countdown-value tabular" render={countdown} />
          {readiness && (
            <ReadinessMark
              status={readiness}
              variant="word"
              className="nn-readiness"
              testId={`nownext-readiness-${session.id}`}
            />
          )}
        </span>
      </button>
    </li>
  );
}

/** What is on now by the planned times, and what starts next, with countdowns from the venue clock. */
export function NowNextPanel({ views }: { views: EventViews }) {
  const { t } = useTranslation();
  const nowMs = useCoarseVenueMs();
  const goNoGo = useGoNoGo(views);
  const { live, next } =
    nowMs === null ? { live: [], next: [] } : nowAndNext(views.event.sessions, nowMs, NEXT_LIMIT);

  return (
    <section className="panel nownext-panel" aria-labelledby="nownext-heading" data-testid="now-next">
      <header className="panel-header">
        <h2 id="nownext-heading">{t("overview.nowNext")}</h2>
      </header>
      <div className="nn-columns">
        <div className="nn-group" data-testid="now-list">
          <h3>{t("nowNext.now")}</h3>
          {live.length === 0 ? (
            <p className="muted">{t("nowNext.nothingNow")}</p>
          ) : (
            <ul>
              {live.map((s) => (
                <NowNextItem
                  key={s.id}
                  session={s}
                  views={views}
                  phase="now"
                  readiness={goNoGo[s.id]?.status ?? null}
                />
              ))}
            </ul>
          )}
        </div>
        <div className="nn-group" data-testid="next-list">
          <h3>{t("nowNext.next")}</h3>
          {next.length === 0 ? (
            <p className="muted">{t("nowNext.nothingNext")}</p>
          ) : (
            <ul>
              {next.map((s) => (
                <NowNextItem
                  key={s.id}
                  session={s}
                  views={views}
                  phase="next"
                  readiness={goNoGo[s.id]?.status ?? null}
                />
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
