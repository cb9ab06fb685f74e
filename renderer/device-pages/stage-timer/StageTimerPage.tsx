import { type CSSProperties, useEffect } from "react";
import { useTranslation } from "react-i18next";
import {
  type CountdownPhase,
  countdownPhase,
  formatCountdown,
  remainingSeconds,
} from "../../../shared/views/countdown";
import { roomNowNext } from "../../../shared/views/roomNowNext";
import { formatTime } from "../../src/format/venueTime";
import { usePublicData, useVenueNow, venueNow } from "../data/publicData";
import { deviceLink } from "../link/deviceRuntime";
import { useStageTimer } from "./stageTimerStore";

/** How often the remaining time is reported: the console needs the trend, not every second. */
const REPORT_EVERY_MS = 5000;
/** A slot overrun by this much with no new countdown is over: the timer goes back to the clock. */
const OVERRUN_LIMIT_MS = 30 * 60_000;

type TimerMode = "countdown" | "clock" | "blank";

function timerMode(endsAtMs: number | null, nowMs: number | null): TimerMode {
  if (nowMs === null) return "blank";
  return endsAtMs !== null && nowMs < endsAtMs + OVERRUN_LIMIT_MS ? "countdown" : "clock";
}

/**
 * The end to count down to: the hub's (set-countdown, which the stage manager's changes reach), or until
 * the hub has sent one, the end of the session on now in the timer's room by the schedule.
 */
function countdownEnd(deviceId: string, nowMs: number | null): number | null {
  const commanded = useStageTimer.getState().endsAtMs;
  const event = usePublicData.getState().event;
  if (commanded !== null || nowMs === null || !event) return commanded;
  const roomId = event.devices.find((d) => d.id === deviceId)?.roomId;
  const current = roomId ? roomNowNext(event.sessions, roomId, nowMs).current : null;
  return current ? Date.parse(current.end) : null;
}

/** What the hub holds for this timer: mode, seconds left (in countdown), message and blinking. */
function reportState(deviceId: string): void {
  const { message, blinking } = useStageTimer.getState();
  const now = venueNow();
  const endsAtMs = countdownEnd(deviceId, now);
  const mode = timerMode(endsAtMs, now);
  const remaining =
    mode === "countdown" && endsAtMs !== null && now !== null ? remainingSeconds(endsAtMs, now) : null;
  deviceLink().report({
    mode,
    message,
    blinking,
    ...(remaining === null ? {} : { remainingSec: remaining }),
  });
}

const CUE: Record<CountdownPhase, { glyph: string; key: "timeLeft" | "wrapUp" | "overTime" }> = {
  plenty: { glyph: "", key: "timeLeft" },
  "wrap-up": { glyph: "▲ ", key: "wrapUp" },
  over: { glyph: "✖ ", key: "overTime" },
};

/** The speaker's confidence monitor: time left in huge digits, colour and words for the phase, messages. */
export function StageTimerPage({ deviceId }: { deviceId: string }) {
  const { t } = useTranslation();
  // The whole store: a new countdown from the hub renders at once, as does a newly loaded programme.
  const { message, blinking, seen } = useStageTimer();
  const zone = usePublicData((s) => s.event?.event.timeZone ?? null);
  const now = useVenueNow(250);
  const endsAtMs = countdownEnd(deviceId, now);
  const mode = timerMode(endsAtMs, now);
  const remaining =
    mode === "countdown" && endsAtMs !== null && now !== null ? remainingSeconds(endsAtMs, now) : null;
  const phase = remaining === null ? null : countdownPhase(remaining);
  const digits = remaining === null ? "" : formatCountdown(remaining);

  // biome-ignore lint/correctness/useExhaustiveDependencies: report at once when these change; the seconds left go out on the timer below.
  useEffect(() => {
    reportState(deviceId);
  }, [deviceId, mode, message, blinking]);
  useEffect(() => {
    const timer = setInterval(() => reportState(deviceId), REPORT_EVERY_MS);
    return () => clearInterval(timer);
  }, [deviceId]);

  const markSeen = () => {
    if (!seen && deviceLink().sendEvent("message-seen")) useStageTimer.setState({ seen: true });
  };

  return (
    <div
      className={`timer phase-${phase ?? mode}`}
      data-testid="stage-timer"
      data-mode={mode}
      data-phase={phase ?? ""}
    >
      <div className="timer-face">
        {mode === "countdown" && (
          <>
            <div
              className="timer-digits"
              data-testid="timer-digits"
              role="timer"
              style={{ "--digit-count": digits.length } as CSSProperties}
            >
              {digits}
            </div>
            {phase && (
              <div className="timer-cue" data-testid="timer-cue">
                {CUE[phase].glyph}
                {t(`devicePage.stageTimer.${CUE[phase].key}`)}
              </div>
            )}
          </>
        )}
        {mode === "clock" && now !== null && zone && (
          <>
            <div className="timer-digits timer-clock" data-testid="timer-clock">
              {formatTime(now, zone)}
            </div>
            <div className="timer-cue">{t("devicePage.stageTimer.noSession")}</div>
          </>
        )}
        {mode === "blank" && <div className="timer-cue">{t("devicePage.loading")}</div>}
      </div>
      {message && (
        <button
          type="button"
          className={blinking ? "timer-message is-blinking" : "timer-message"}
          data-testid="timer-message"
          data-blinking={blinking}
          onClick={markSeen}
        >
          <span className="timer-message-text">{message}</span>
          <span className="timer-message-hint">
            {seen ? `✓ ${t("devicePage.stageTimer.seen")}` : t("devicePage.stageTimer.tapSeen")}
          </span>
        </button>
      )}
    </div>
  );
}
