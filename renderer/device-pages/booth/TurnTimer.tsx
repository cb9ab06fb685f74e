import { useTranslation } from "react-i18next";
import { formatElapsed, TURN_MS, type TurnPhase, turnPhase } from "../../../shared/views/countdown";
import { useVenueNow } from "../data/publicData";

const CUE: Record<TurnPhase, { glyph: string; key: "turnRunning" | "lastMinute" | "overdue" }> = {
  running: { glyph: "", key: "turnRunning" },
  "last-minute": { glyph: "▲ ", key: "lastMinute" },
  overdue: { glyph: "✖ ", key: "overdue" },
};

/** Who is on the microphone and for how long, on the venue clock; amber in the last minute, red when overdue. */
export function TurnTimer({ name, startedMs }: { name: string | null; startedMs: number | null }) {
  const { t } = useTranslation();
  const now = useVenueNow(500);
  const elapsed = name !== null && startedMs !== null && now !== null ? Math.max(0, now - startedMs) : null;
  const phase = elapsed === null ? null : turnPhase(elapsed);

  return (
    <div className={`turn turn-${phase ?? "idle"}`} data-testid="booth-turn" data-phase={phase ?? ""}>
      <span className="turn-label">{t("devicePage.booth.onMic")}</span>
      <span className="turn-name" data-testid="booth-on-mic">
        {name ?? t("devicePage.booth.nobody")}
      </span>
      {elapsed !== null && phase !== null ? (
        <>
          <span className="turn-time tabular">
            {formatElapsed(elapsed)} <span className="turn-of">/ {formatElapsed(TURN_MS)}</span>
          </span>
          <span className="turn-cue">
            {CUE[phase].glyph}
            {t(`devicePage.booth.${CUE[phase].key}`)}
          </span>
        </>
      ) : (
        <span className="turn-cue">{t("devicePage.booth.chooseInterpreter")}</span>
      )}
    </div>
  );
}
