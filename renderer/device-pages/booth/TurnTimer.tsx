import { useTranslation } from "react-i18next";
import { formatElapsed } from "../../../shared/views/countdown";
import { useVenueNow } from "../data/publicData";

type Phase = "running" | "last-minute" | "overdue";

const CUE: Record<Phase, { glyph: string; key: "turnRunning" | "lastMinute" | "overdue" }> = {
  running: { glyph: "", key: "turnRunning" },
  "last-minute": { glyph: "▲ ", key: "lastMinute" },
  overdue: { glyph: "✖ ", key: "overdue" },
};

function phaseOf(elapsedMs: number, turnMs: number, warningMs: number): Phase {
  if (elapsedMs >= turnMs) return "overdue";
  return elapsedMs >= turnMs - warningMs ? "last-minute" : "running";
}

/**
 * Who is on the microphone and for how long, on the venue clock, as the hub records the turn; amber in
 * the event's warning minutes before the end, red when overdue.
 */
export function TurnTimer({
  name,
  startedMs,
  turnMinutes,
  warningMinutes,
}: {
  name: string | null;
  startedMs: number | null;
  turnMinutes: number;
  warningMinutes: number;
}) {
  const { t } = useTranslation();
  const now = useVenueNow(500);
  const elapsed = name !== null && startedMs !== null && now !== null ? Math.max(0, now - startedMs) : null;
  const turnMs = turnMinutes * 60_000;
  const phase = elapsed === null ? null : phaseOf(elapsed, turnMs, warningMinutes * 60_000);

  return (
    <div className={`turn turn-${phase ?? "idle"}`} data-testid="booth-turn" data-phase={phase ?? ""}>
      <span className="turn-label">{t("devicePage.booth.onMic")}</span>
      <span className="turn-name" data-testid="booth-on-mic">
        {name ?? t("devicePage.booth.nobody")}
      </span>
      {elapsed !== null && phase !== null ? (
        <>
          <span className="turn-time tabular">
            {formatElapsed(elapsed)} <span className="turn-of">/ {formatElapsed(turnMs)}</span>
          </span>
          <span className="turn-cue">
            {CUE[phase].glyph}
            {t(`devicePage.booth.${CUE[phase].key}`, { minutes: turnMinutes })}
          </span>
        </>
      ) : (
        <span className="turn-cue">{t("devicePage.booth.waitingForTurn")}</span>
      )}
    </div>
  );
}
