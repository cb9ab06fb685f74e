import { useTranslation } from "react-i18next";
import { formatDayLabel } from "../format/venueTime";
import { useLocale } from "../i18n/i18n";
import { useTodayIndex } from "../state/dayFocus";
import type { EventViews } from "../state/eventViews";
import { useUi } from "../state/uiStore";

export function DayTabs({ views, shownIndex }: { views: EventViews; shownIndex: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const zoom = useUi((s) => s.zoom);
  const selectDay = useUi((s) => s.selectDay);
  const today = useTodayIndex(views.days);

  return (
    <fieldset className="plain-fieldset day-tabs">
      <legend className="sr-only">{t("timeline.days")}</legend>
      {views.days.map((day) => (
        <button
          key={day.date}
          type="button"
          className={`day-tab${day.index === today ? " is-today" : ""}`}
          data-testid={`day-tab-${day.index + 1}`}
          aria-pressed={zoom !== "all" && day.index === shownIndex}
          aria-keyshortcuts={String(day.index + 1)}
          onClick={() => selectDay(day.index)}
        >
          <span className="day-tab-number">{t("timeline.day", { day: day.index + 1 })}</span>
          <span className="day-tab-date">{formatDayLabel(day.date, views.zone, locale)}</span>
          {day.index === today && <span className="day-tab-today">{t("timeline.today")}</span>}
        </button>
      ))}
    </fieldset>
  );
}
