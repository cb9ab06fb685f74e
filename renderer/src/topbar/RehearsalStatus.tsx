import { useTranslation } from "react-i18next";
import { selectClock, useHub } from "../state/hubStore";
import { useUi } from "../state/uiStore";

/** Says loudly when the clock is not real time, and opens the rehearsal clock controls. */
export function RehearsalStatus() {
  const { t } = useTranslation();
  const clock = useHub(selectClock);
  const openOverlay = useUi((s) => s.openOverlay);
  const rehearsal = clock?.mode === "rehearsal" ? clock : null;

  return (
    <div className="rehearsal-status">
      {rehearsal ? (
        <div
          className={rehearsal.paused ? "rehearsal-badge is-paused" : "rehearsal-badge"}
          data-testid="rehearsal-badge"
          data-speed={rehearsal.speed}
          data-paused={rehearsal.paused}
          role="status"
        >
          <span className="rehearsal-word">{t("rehearsal.badge")}</span>
          <span className="rehearsal-speed">
            {rehearsal.paused ? t("rehearsal.paused") : t("rehearsal.speed", { speed: rehearsal.speed })}
          </span>
        </div>
      ) : (
        <div className="wall-clock-chip" data-testid="wall-clock-chip">
          {clock ? t("rehearsal.wallClock") : ""}
        </div>
      )}
      <button
        type="button"
        className="button"
        data-testid="clock-controls-open"
        disabled={!clock}
        onClick={() => openOverlay("clock")}
      >
        {t("rehearsal.open")}
      </button>
    </div>
  );
}
