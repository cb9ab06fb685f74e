import { useTranslation } from "react-i18next";
import { DayPicker } from "../components/DayPicker";
import { useShownDayIndex } from "../state/dayFocus";
import type { EventViews } from "../state/eventViews";
import { selectStale, useHub } from "../state/hubStore";
import { BoardTab } from "./board/BoardTab";
import { INTERPRETATION_TABS, useInterpretation } from "./interpretationStore";
import { LedgerTab } from "./ledger/LedgerTab";
import { RosterTab } from "./roster/RosterTab";
import "../styles/interpretation.css";

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
        <DayPicker views={views} shownIndex={dayIndex} testIdPrefix="interp-day" />
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
