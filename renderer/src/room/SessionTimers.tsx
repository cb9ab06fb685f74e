import { useTranslation } from "react-i18next";
import type { Session } from "../../../shared/model/programme";
import { formatCountdown } from "../../../shared/views/countdown";
import { expectedTimes } from "../../../shared/views/expectedTimes";
import { sessionEndMs } from "../../../shared/views/schedule";
import { sessionClock } from "../../../shared/views/stageManager";
import { TickingText } from "../components/TickingText";
import { hubStore } from "../state/hubStore";

type Which = "elapsed" | "remaining" | "overrun";

/** Reads the live state at tick time, so the digits follow holds and overruns without a React render. */
function timerText(session: Session, which: Which, venueMs: number): string {
  const live = hubStore.getState().live;
  if (!live?.event) return "—";
  const expected = expectedTimes(live.event, live.sessions, venueMs)[session.id];
  if (!expected) return "—";
  const clock = sessionClock(live.sessions[session.id], expected, sessionEndMs(session), venueMs);
  const seconds = (ms: number) => Math.floor(ms / 1000);
  if (which === "elapsed") return clock.elapsedMs === null ? "—" : formatCountdown(seconds(clock.elapsedMs));
  if (which === "overrun") return clock.overrunMs > 0 ? formatCountdown(-seconds(clock.overrunMs)) : "—";
  return formatCountdown(Math.ceil(clock.remainingMs / 1000));
}

/** Elapsed, remaining and overrun, in fixed-width digits so nothing moves as they change. */
export function SessionTimers({ session }: { session: Session }) {
  const { t } = useTranslation();
  return (
    <dl className="session-timers">
      {(["elapsed", "remaining", "overrun"] as const).map((which) => (
        <div key={which} className={`session-timer timer-${which}`}>
          <dt>{t(`room.timer.${which}`)}</dt>
          <dd>
            <TickingText
              className="timer-digits"
              testId={`room-timer-${which}`}
              render={(ms) => timerText(session, which, ms)}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}
