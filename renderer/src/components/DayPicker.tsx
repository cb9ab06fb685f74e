import { useTranslation } from "react-i18next";
import { formatDayLabel } from "../format/venueTime";
import { useLocale } from "../i18n/i18n";
import { useTodayIndex } from "../state/dayFocus";
import type { EventViews } from "../state/eventViews";
import { useUi } from "../state/uiStore";

/**
 * The event's days as buttons (keys 1-6). The chosen day is the console's one selected day, shared by the
 * timeline, the boards and the report, so switching views never loses it; today is marked in words.
 */
export function DayPicker({
  views,
  shownIndex,
  testIdPrefix,
}: {
  views: EventViews;
  shownIndex: number;
  /** Buttons are `${testIdPrefix}-1` to `-6`. */
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const selectDay = useUi((s) => s.selectDay);
  const today = useTodayIndex(views.days);
  return (
    <fieldset className="plain-fieldset day-picker">
      <legend className="sr-only">{t("timeline.days")}</legend>
      {views.days.map((day) => (
        <button
          key={day.date}
          type="button"
          className="segment day-picker-day"
          data-testid={`${testIdPrefix}-${day.index + 1}`}
          aria-pressed={day.index === shownIndex}
          aria-keyshortcuts={String(day.index + 1)}
          onClick={() => selectDay(day.index)}
        >
          {formatDayLabel(day.date, views.zone, locale)}
          {day.index === today && <span className="day-picker-today"> · {t("timeline.today")}</span>}
        </button>
      ))}
    </fieldset>
  );
}
