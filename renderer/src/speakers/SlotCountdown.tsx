import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { expectedTimes } from "../../../shared/views/expectedTimes";
import { TickingText } from "../components/TickingText";
import { splitCountdown } from "../format/venueTime";
import { hubStore } from "../state/hubStore";

/** Reads the live state at tick time, so a delay in the room moves the countdown without a React render. */
function untilStart(sessionId: string, venueMs: number, t: TFunction): string {
  const live = hubStore.getState().live;
  const start = live?.event ? expectedTimes(live.event, live.sessions, venueMs)[sessionId]?.start : undefined;
  if (start === undefined) return "—";
  const { days, hms } = splitCountdown(start - venueMs);
  return days > 0 ? t("nowNext.countdownDays", { days, time: hms }) : hms;
}

/** Time to the expected start of the slot, in fixed-width digits. */
export function SlotCountdown({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  return (
    <span className="spk-countdown">
      <span className="spk-countdown-label">{t("nowNext.startsIn")}</span>
      <TickingText
        className="spk-countdown-value tabular"
        testId={`spk-countdown-${sessionId}`}
        render={(ms) => untilStart(sessionId, ms, t)}
      />
    </span>
  );
}
