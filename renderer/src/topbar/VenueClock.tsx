import { useTranslation } from "react-i18next";
import { dayIndexAt } from "../../../shared/views/schedule";
import { TickingText } from "../components/TickingText";
import { formatClock, formatShortDate, formatUtcOffset } from "../format/venueTime";
import { useLocale } from "../i18n/i18n";
import { useEventViews } from "../state/eventViews";

/** The venue clock: computed locally from the hub's clock state on every tick, in the venue's zone. */
export function VenueClock() {
  const { t } = useTranslation();
  const locale = useLocale();
  const views = useEventViews();

  if (!views) {
    return (
      <div className="venue-clock" data-testid="venue-clock">
        <span className="clock-time clock-time-unknown">--:--:--</span>
        <span className="clock-meta">{t("clock.unknown")}</span>
      </div>
    );
  }

  const { zone, days } = views;
  const dayLabel = (ms: number) => {
    const index = dayIndexAt(days, ms);
    if (index !== null) return t("clock.dayOf", { day: index + 1, total: days.length });
    const first = days[0];
    return first && ms < first.startMs ? t("clock.beforeEvent") : t("clock.afterEvent");
  };

  return (
    <div className="venue-clock" data-testid="venue-clock" role="timer" aria-label={t("clock.venueTime")}>
      <span className="clock-line">
        <TickingText
          className="clock-time"
          testId="venue-clock-time"
          render={(ms) => formatClock(ms, zone)}
        />
        <TickingText className="clock-zone" render={(ms) => formatUtcOffset(ms, zone)} />
      </span>
      <span className="clock-meta">
        <TickingText className="clock-day" testId="venue-day" render={dayLabel} />
        <TickingText
          className="clock-date"
          testId="venue-date"
          render={(ms) => formatShortDate(ms, zone, locale)}
        />
      </span>
    </div>
  );
}
