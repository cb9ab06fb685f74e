import { useTranslation } from "react-i18next";
import { formatDayLabel } from "../format/venueTime";
import { useLocale } from "../i18n/i18n";
import { useShownDayIndex, useTodayIndex } from "../state/dayFocus";
import type { EventViews } from "../state/eventViews";
import { selectStale, useHub } from "../state/hubStore";
import { useUi } from "../state/uiStore";
import { BoardTab } from "./board/BoardTab";
import { INTERPRETATION_TABS, useInterpretation } from "./interpretationStore";
import { LedgerTab } from "./ledger/LedgerTab";
import { RosterTab } from "./roster/RosterTab";
import "../styles/interpretation.css";

/** The day the roster, the ledger and the board's whole-day view show (keys 1-6; T follows the clock). */
function DayPicker({ views, shownIndex }: { views: EventViews; shownIndex: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const selectDay = useUi((s) => s.selectDay);
  const today = useTodayIndex(views.days);
  return (
    <fieldset className="plain-fieldset interp-days">
      <legend className="sr-only">{t("timeline.days")}</legend>
      {views.days.map((day) => (
        <button
          key={day.date}
          type="button"
          className="segment interp-day"
          data-testid={`interp-day-${day.index + 1}`}
          aria-pressed={day.index === shownIndex}
          aria-keyshortcuts={String(day.index + 1)}
          onClick={() => selectDay(day.index)}
        >
          {formatDayLabel(day.date, views.zone, locale)}
          {day.index === today && <span className="interp-day-today"> · {t("timeline.today")}</span>}
        </button>
      ))}
    </fieldset>
  );
}

/** The interpreter coordinator: the live board, the roster with its planning check, and working time. */
export function InterpretationView({ views }: { views: EventViews }) {
  const { t } = useTranslation();
  const tab = useInterpretation((s) => s.tab);
  const setTab = useInterpretation((s) => s.setTab);
  const wholeDay = useInterpretation((s) => s.wholeDay);
  const setWholeDay = useInterpretation((s) => s.setWholeDay);
  const failure = useInterpretation((s) => s.failure);
  const setFailure = useInterpretation((s) => s.setFailure);
  const stale = useHub(selectStale);
  const { index: dayIndex } = useShownDayIndex(views.days);

  return (
    <div className="interp-view" data-testid="interp-view" data-tab={tab} data-stale={stale}>
      <header className="interp-bar panel">
        <nav className="segmented interp-tabs" aria-label={t("interp.tabs.label")}>
          {INTERPRETATION_TABS.map((name) => (
            <button
              key={name}
              type="button"
              className="segment"
              data-testid={`interp-tab-${name}`}
              aria-pressed={tab === name}
              onClick={() => setTab(name)}
            >
              {t(`interp.tabs.${name}`)}
            </button>
          ))}
        </nav>
        <DayPicker views={views} shownIndex={dayIndex} />
        {tab === "board" && (
          <label className="interp-whole-day">
            <input
              type="checkbox"
              data-testid="interp-whole-day"
              checked={wholeDay}
              onChange={(e) => setWholeDay(e.currentTarget.checked)}
            />
            {t("interp.board.wholeDay")}
          </label>
        )}
      </header>
      <div className="interp-failure-slot" aria-live="assertive">
        {failure && (
          <p className="interp-failure" role="alert" data-testid="interp-failure">
            <span>✖ {t("interp.refused", { message: failure })}</span>
            <button
              type="button"
              className="button"
              data-testid="interp-failure-dismiss"
              onClick={() => setFailure(null)}
            >
              {t("interp.dismiss")}
            </button>
          </p>
        )}
      </div>
      <div className="interp-body">
        {tab === "board" ? (
          <BoardTab views={views} dayIndex={dayIndex} />
        ) : tab === "roster" ? (
          <RosterTab views={views} dayIndex={dayIndex} />
        ) : (
          <LedgerTab views={views} dayIndex={dayIndex} />
        )}
      </div>
    </div>
  );
}
