import type { TFunction } from "i18next";
import { useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { turnClock } from "../../../../shared/interpretation/turns";
import type { InterpretationSettings } from "../../../../shared/model/interpretation";
import { formatCountdown } from "../../../../shared/views/countdown";
import { hubStore } from "../../state/hubStore";
import { subscribeVenueTick } from "../../state/venueClock";

const PHASE_GLYPH = { ok: "●", ending: "▲", overdue: "✖", idle: "○" } as const;

const seconds = (ms: number) => Math.floor(ms / 1000);

/** Writes the turn's digits and phase straight into the DOM on every tick: no React render per second. */
function paint(
  el: HTMLElement,
  boothId: string,
  working: boolean,
  settings: InterpretationSettings,
  venueMs: number,
  t: TFunction,
) {
  const booth = working ? hubStore.getState().live?.booths[boothId] : undefined;
  const clock = booth ? turnClock(booth, settings, venueMs) : null;
  const phase = clock?.phase ?? "idle";
  const digits = clock ? formatCountdown(seconds(clock.elapsedMs)) : "--:--";
  const word = !clock
    ? t(working ? "interp.turn.idle" : "interp.turn.notWorking")
    : t(
        phase === "overdue"
          ? "interp.turn.overdue"
          : phase === "ending"
            ? "interp.turn.ending"
            : "interp.turn.ok",
      );
  const left = !clock
    ? ""
    : clock.remainingMs <= 0
      ? t("interp.turn.over", { over: formatCountdown(-seconds(-clock.remainingMs)) })
      : t("interp.turn.left", { left: formatCountdown(Math.ceil(clock.remainingMs / 1000)) });
  const set = (selector: string, text: string) => {
    const node = el.querySelector(selector);
    if (node && node.textContent !== text) node.textContent = text;
  };
  if (el.dataset.phase !== phase) el.dataset.phase = phase;
  set(".turn-digits", digits);
  set(".turn-left", left === "" ? "" : ` · ${left}`);
  set(".turn-phase", `${PHASE_GLYPH[phase]} ${word}`);
}

/**
 * The turn on the microphone: elapsed mm:ss in fixed-width digits, the turn's length, and the phase as a
 * symbol and words (amber in the last warning minutes, red when overdue), following the venue clock.
 */
export function BoardTurnTimer({
  boothId,
  working,
  settings,
}: {
  boothId: string;
  /** False on the card of a session the booth is not working now: no turn to show. */
  working: boolean;
  settings: InterpretationSettings;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(
    () =>
      subscribeVenueTick((venueMs) => {
        if (ref.current) paint(ref.current, boothId, working, settings, venueMs, t);
      }),
    [boothId, working, settings, t],
  );
  return (
    <div ref={ref} className="turn-clock" data-phase="idle" data-testid={`interp-turn-${boothId}`}>
      <span className="turn-digits" data-testid={`interp-turn-digits-${boothId}`} />
      <span className="turn-length">
        <span className="muted">{t("interp.turn.of", { minutes: settings.turnMinutes })}</span>
        <span className="turn-left" data-testid={`interp-turn-left-${boothId}`} />
      </span>
      <span className="turn-phase" data-testid={`interp-turn-phase-${boothId}`} />
    </div>
  );
}
