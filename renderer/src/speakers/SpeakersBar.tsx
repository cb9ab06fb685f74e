import { useTranslation } from "react-i18next";
import type { ReadinessStatus } from "../../../shared/readiness/readiness";
import { DayPicker } from "../components/DayPicker";
import type { EventViews } from "../state/eventViews";
import { READINESS_GLYPH } from "./readinessSymbols";
import { useSpeakers } from "./speakersStore";

export const SEARCH_INPUT_ID = "speakers-search";

/** The day's sessions to come by go/no-go: counts in fixed-width digits, so the bar never reflows. */
function Summary({ counts }: { counts: Record<ReadinessStatus, number> }) {
  const { t } = useTranslation();
  const statuses = ["not-ready", "at-risk", "ready"] as const;
  return (
    <p
      className="spk-summary"
      data-testid="spk-summary"
      title={t("speakers.summary", {
        ready: counts.ready,
        atRisk: counts["at-risk"],
        notReady: counts["not-ready"],
      })}
    >
      {statuses.map((status) => (
        <span key={status} className={`spk-count readiness-${status}`} data-testid={`spk-count-${status}`}>
          <span aria-hidden="true">{READINESS_GLYPH[status]}</span>
          <span className="spk-count-number tabular">{counts[status]}</span>
          <span className="spk-count-word">{t(`readiness.${status}`)}</span>
        </span>
      ))}
    </p>
  );
}

/** Day, search and the "not ready only" filter, with the day's go/no-go counts. */
export function SpeakersBar({
  views,
  dayIndex,
  counts,
}: {
  views: EventViews;
  dayIndex: number;
  counts: Record<ReadinessStatus, number>;
}) {
  const { t } = useTranslation();
  const query = useSpeakers((s) => s.query);
  const setQuery = useSpeakers((s) => s.setQuery);
  const notReadyOnly = useSpeakers((s) => s.notReadyOnly);
  const setNotReadyOnly = useSpeakers((s) => s.setNotReadyOnly);
  return (
    <header className="spk-bar panel">
      <DayPicker views={views} shownIndex={dayIndex} testIdPrefix="spk-day" />
      <div className="spk-filters">
        <input
          id={SEARCH_INPUT_ID}
          className="input spk-search"
          data-testid="spk-search"
          type="search"
          autoComplete="off"
          aria-label={t("speakers.searchLabel")}
          aria-keyshortcuts="/"
          placeholder={t("speakers.search")}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Esc clears the words first, then leaves the field so the keys work again.
            if (e.key !== "Escape") return;
            if (query) setQuery("");
            else e.currentTarget.blur();
          }}
        />
        <label className="spk-not-ready">
          <input
            type="checkbox"
            data-testid="spk-not-ready-only"
            aria-keyshortcuts="N"
            checked={notReadyOnly}
            onChange={(e) => setNotReadyOnly(e.currentTarget.checked)}
          />
          {t("speakers.notReadyOnly")} <kbd>N</kbd>
        </label>
      </div>
      <Summary counts={counts} />
    </header>
  );
}
