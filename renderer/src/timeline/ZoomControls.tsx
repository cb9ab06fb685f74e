import { useTranslation } from "react-i18next";
import { useUi, ZOOM_LEVELS } from "../state/uiStore";

export function ZoomControls() {
  const { t } = useTranslation();
  const zoom = useUi((s) => s.zoom);
  const zoomBy = useUi((s) => s.zoomBy);
  const setZoom = useUi((s) => s.setZoom);
  const index = ZOOM_LEVELS.indexOf(zoom);
  return (
    <fieldset className="plain-fieldset zoom-controls">
      <legend className="sr-only">{t("timeline.zoom")}</legend>
      <button
        type="button"
        className="button"
        data-testid="timeline-all-days"
        aria-pressed={zoom === "all"}
        aria-keyshortcuts="0"
        onClick={() => setZoom(zoom === "all" ? "day" : "all")}
      >
        {t("timeline.allDays")}
      </button>
      <button
        type="button"
        className="button icon-button"
        data-testid="zoom-out"
        aria-label={t("timeline.zoomOut")}
        title={t("timeline.zoomOut")}
        disabled={index <= 0}
        onClick={() => zoomBy(-1)}
      >
        −
      </button>
      <span className="zoom-level" data-testid="zoom-level" aria-live="polite">
        {t(`timeline.zoomLevel.${zoom}`)}
      </span>
      <button
        type="button"
        className="button icon-button"
        data-testid="zoom-in"
        aria-label={t("timeline.zoomIn")}
        title={t("timeline.zoomIn")}
        disabled={index >= ZOOM_LEVELS.length - 1}
        onClick={() => zoomBy(1)}
      >
        +
      </button>
    </fieldset>
  );
}
