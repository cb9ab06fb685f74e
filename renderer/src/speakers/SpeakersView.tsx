import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { countByReadiness, speakerBoard } from "../../../shared/readiness/readinessViews";
import { useLocale } from "../i18n/i18n";
import { openAlerts } from "../interpretation/alertText";
import { useNames } from "../interpretation/names";
import { useShownDayIndex, useTodayIndex } from "../state/dayFocus";
import type { EventViews } from "../state/eventViews";
import { selectStale, useHub } from "../state/hubStore";
import { useCoarseVenueMs } from "../state/venueClock";
import { SessionCard } from "./SessionCard";
import { SpeakersBar } from "./SpeakersBar";
import { speakerName } from "./speakerNames";
import { useSpeakers } from "./speakersStore";
import { VersionDialog } from "./VersionDialog";
import "../styles/speakers.css";

const NO_FILTER = { query: "", notReadyOnly: false };
const NO_SESSIONS: never[] = [];

/** Stage management's speakers board: every session of the day with speakers, who is ready and who is not. */
export function SpeakersView({ views }: { views: EventViews }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const names = useNames(views.event);
  const sessions = useHub((s) => s.live?.sessions);
  const readiness = useHub((s) => s.live?.readiness);
  const alerts = useHub((s) => s.live?.alerts);
  const stale = useHub(selectStale);
  const nowMs = useCoarseVenueMs();
  const query = useSpeakers((s) => s.query);
  const notReadyOnly = useSpeakers((s) => s.notReadyOnly);
  const failure = useSpeakers((s) => s.failure);
  const setFailure = useSpeakers((s) => s.setFailure);
  const { index: dayIndex } = useShownDayIndex(views.days);
  const today = useTodayIndex(views.days);
  const day = views.sessionsByDay[dayIndex] ?? NO_SESSIONS;

  const parts = useMemo(
    () => (sessions && readiness ? { event: views.event, sessions, readiness } : null),
    [views.event, sessions, readiness],
  );
  const board = useMemo(
    () =>
      parts && nowMs !== null ? speakerBoard(parts, day, views.speakers, nowMs, { query, notReadyOnly }) : [],
    [parts, day, views.speakers, nowMs, query, notReadyOnly],
  );
  // The day's counts, whatever the filter: the summary must not change as the operator types.
  const counts = useMemo(
    () =>
      countByReadiness(
        parts && nowMs !== null ? speakerBoard(parts, day, views.speakers, nowMs, NO_FILTER) : [],
      ),
    [parts, day, views.speakers, nowMs],
  );
  const speakerAlerts = useMemo(
    () => openAlerts(alerts ?? {}, (a) => a.subject.type === "speaker"),
    [alerts],
  );
  const nameOf = (id: string) => {
    const person = views.speakers.get(id);
    return person ? speakerName(person, locale) : id;
  };
  const deviceName = (id: string) => views.event.devices.find((d) => d.id === id)?.label ?? id;

  // On opening a day, bring its first session still to come into view; never on later updates.
  const scrollRef = useRef<HTMLDivElement>(null);
  const hasBoard = board.length > 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new day (or the first data) scrolls.
  useEffect(() => {
    const scroller = scrollRef.current;
    const first = scroller?.querySelector<HTMLElement>('[data-watched="true"]');
    if (scroller && first)
      scroller.scrollTop += first.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  }, [dayIndex, hasBoard]);

  return (
    <div className="spk-view" data-testid="spk-view" data-day={dayIndex + 1} data-stale={stale}>
      <SpeakersBar views={views} dayIndex={dayIndex} counts={counts} />
      <div className="spk-failure-slot" aria-live="assertive">
        {failure && (
          <p className="spk-failure" role="alert" data-testid="spk-failure">
            <span>✖ {t("speakers.refused", { message: failure })}</span>
            <button
              type="button"
              className="button"
              data-testid="spk-failure-dismiss"
              onClick={() => setFailure(null)}
            >
              {t("speakers.dismiss")}
            </button>
          </p>
        )}
      </div>
      <div className="spk-board" ref={scrollRef} data-testid="spk-board">
        {board.length === 0 ? (
          <p className="placeholder" data-testid="spk-empty">
            {query || notReadyOnly ? t("speakers.noMatch") : t("speakers.noSessions")}
          </p>
        ) : (
          board.map((entry) => (
            <SessionCard
              key={entry.session.id}
              views={views}
              entry={entry}
              nowMs={nowMs ?? 0}
              isToday={today === dayIndex}
              alerts={speakerAlerts}
              names={names}
              nameOf={nameOf}
              deviceName={deviceName}
            />
          ))
        )}
      </div>
      <VersionDialog nameOf={nameOf} />
    </div>
  );
}
