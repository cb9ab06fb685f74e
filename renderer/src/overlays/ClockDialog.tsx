import { DateTime } from "luxon";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Command } from "../../../shared/commands/commands";
import { Modal } from "../components/Modal";
import { TickingText } from "../components/TickingText";
import { formatClock, formatDayLabel } from "../format/venueTime";
import { useLocale } from "../i18n/i18n";
import { sendCommand } from "../net/hubConnection";
import { todayIndex } from "../state/dayFocus";
import { useEventViews } from "../state/eventViews";
import { selectClock, useHub } from "../state/hubStore";
import { useUi } from "../state/uiStore";
import { currentVenueMs } from "../state/venueClock";

export const REHEARSAL_SPEEDS = [1, 10, 60, 600] as const;
type ClockSet = Extract<Command, { type: "clock.set" }>;
const TIME_PATTERN = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Rehearsal clock controls: every change is a clock.set command, applied by the hub for every console. */
export function ClockDialog() {
  const { t } = useTranslation();
  const locale = useLocale();
  const open = useUi((s) => s.overlay === "clock");
  const close = useUi((s) => s.openOverlay);
  const views = useEventViews();
  const clock = useHub(selectClock);
  const connected = useHub((s) => s.link === "connected");
  const [day, setDay] = useState<number | null>(null);
  const [time, setTime] = useState("");
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  if (!views) return null;
  const { zone, days } = views;
  const rehearsal = clock?.mode === "rehearsal" ? clock : null;
  const shownDay = day ?? todayIndex(days, currentVenueMs());

  const send = async (change: Omit<ClockSet, "type">) => {
    setResult(null);
    const outcome = await sendCommand({ type: "clock.set", ...change });
    setResult(
      outcome.ok
        ? { ok: true, text: t("rehearsal.done") }
        : { ok: false, text: t("rehearsal.failed", { message: outcome.error.message }) },
    );
  };

  const jump = (event: FormEvent) => {
    event.preventDefault();
    const match = TIME_PATTERN.exec(time.trim());
    const date = days[shownDay]?.date;
    if (!match || !date) {
      setResult({ ok: false, text: t("rehearsal.badTime") });
      return;
    }
    const venueTime = DateTime.fromISO(date, { zone })
      .set({ hour: Number(match[1]), minute: Number(match[2]), second: 0, millisecond: 0 })
      .toISO({ suppressMilliseconds: true });
    if (venueTime) void send({ mode: "rehearsal", venueTime });
  };

  return (
    <Modal open={open} title={t("rehearsal.title")} onClose={() => close(null)} testId="clock-controls">
      <p className="muted">{t("rehearsal.explain")}</p>
      <p className="clock-dialog-now">
        <span className="muted">{t("rehearsal.current")}</span>{" "}
        <TickingText className="tabular" render={(ms) => formatClock(ms, zone)} />{" "}
        <strong>
          {rehearsal
            ? `${t("rehearsal.badge")} ${rehearsal.paused ? t("rehearsal.paused") : t("rehearsal.speed", { speed: rehearsal.speed })}`
            : t("rehearsal.wallClock")}
        </strong>
      </p>
      {!connected && <p className="form-error">{t("rehearsal.needsLink")}</p>}
      <form className="clock-form" onSubmit={jump}>
        <fieldset disabled={!connected}>
          <legend>{t("rehearsal.jumpTo")}</legend>
          <fieldset className="plain-fieldset button-row">
            <legend className="sr-only">{t("rehearsal.day")}</legend>
            {days.map((d) => (
              <button
                key={d.date}
                type="button"
                className="button"
                aria-pressed={d.index === shownDay}
                data-testid={`clock-day-${d.index + 1}`}
                onClick={() => setDay(d.index)}
              >
                {d.index + 1} · {formatDayLabel(d.date, zone, locale)}
              </button>
            ))}
          </fieldset>
          <label className="field">
            <span>{t("rehearsal.time")}</span>
            <input
              className="input tabular"
              data-testid="clock-time-input"
              inputMode="numeric"
              placeholder="09:30"
              value={time}
              onChange={(e) => setTime(e.target.value)}
            />
          </label>
          <button type="submit" className="button button-primary" data-testid="clock-apply">
            {t("rehearsal.apply")}
          </button>
        </fieldset>
        <fieldset disabled={!connected}>
          <legend>{t("rehearsal.speedLabel")}</legend>
          <div className="button-row">
            {REHEARSAL_SPEEDS.map((speed) => (
              <button
                key={speed}
                type="button"
                className="button"
                data-testid={`clock-speed-${speed}`}
                aria-pressed={rehearsal?.speed === speed}
                onClick={() => void send({ mode: "rehearsal", speed })}
              >
                ×{speed}
              </button>
            ))}
            <button
              type="button"
              className="button"
              data-testid="clock-pause"
              onClick={() => void send({ mode: "rehearsal", paused: !rehearsal?.paused })}
            >
              {rehearsal?.paused ? t("rehearsal.resume") : t("rehearsal.pause")}
            </button>
          </div>
          <button
            type="button"
            className="button"
            data-testid="clock-wall"
            disabled={!rehearsal}
            onClick={() => void send({ mode: "wall" })}
          >
            {t("rehearsal.useWall")}
          </button>
        </fieldset>
      </form>
      <p
        className={result?.ok === false ? "form-error" : "form-result"}
        role="status"
        data-testid="clock-result"
      >
        {result?.text ?? ""}
      </p>
    </Modal>
  );
}
