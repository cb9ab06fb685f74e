import { useTranslation } from "react-i18next";
import { useWallNow } from "../../src/components/useWallNow";
import { useLinkStatus } from "../link/deviceRuntime";

/** The link to the control room, always in view: a device must never look live when it is not. */
export function LinkBadge() {
  const { t } = useTranslation();
  const { state, retryAt } = useLinkStatus();
  const now = useWallNow(500, state === "reconnecting");
  const seconds =
    state === "reconnecting" && retryAt !== null ? Math.max(0, Math.ceil((retryAt - now) / 1000)) : null;
  // The console's link styles: connected (solid dot), connecting, reconnecting (dashed), offline (square).
  const look = state === "unprovisioned" || state === "replaced" ? "offline" : state;

  return (
    <div
      className={`link-state link-${look} device-link-state`}
      data-testid="device-link-state"
      data-state={state}
      role="status"
      aria-label={t("devicePage.link.label")}
    >
      <span className="link-dot" aria-hidden="true" />
      <span className="link-text">
        <span className="link-word">{t(`devicePage.link.${state}`)}</span>
        {seconds !== null && <span className="link-detail">{t("devicePage.link.retryIn", { seconds })}</span>}
      </span>
    </div>
  );
}
