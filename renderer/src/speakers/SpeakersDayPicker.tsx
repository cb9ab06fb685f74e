import { useTranslation } from "react-i18next";
import { formatDayLabel } from "../format/venueTime";
import { useLocale } from "../i18n/i18n";
import { useTodayIndex } from "../state/dayFocus";
import type { EventViews } from "../state/eventViews";
import { useUi } from "../state/uiStore";

/** The day the board shows, shared with the timeline and the booths (keys 1-6; T follows the clock). */
export function SpeakersDayPicker({ views, shownIndex }: { views: EventViews; shownIndex: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const selectDay = useUi((s) => s.selectDay);
  const today = useTodayIndex(views.days);
  return (
    <fieldset className="plain-fieldset spk-days">
      <legend className="sr-only">{t("timeline.days")}</legend>
      {views.days.map((day) => (
        <button
          key={day.date}
          type="button"
          className="segment spk-day"
          data-testid={`spk-day-${day.index + 1}`}
          aria-pressed={day.index === shownIndex}
          aria-keyshortcuts={String(day.index + 1)}
          onClick={() => selectDay(day.index)}
        >
          {formatDayLabel(day.date, views.zone, locale)}
          {day.index === today && <span className="spk-day-today"> · {t("timeline.today")}</span>}
        </button>
      ))}
    </fieldset>
  );
}
