import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { useWallNow } from "../components/useWallNow";
import { useSite } from "../net/siteStore";
import { selectStale, useHub } from "../state/hubStore";
import { SiteRole } from "./SiteRole";

export function LinkStateIndicator() {
  const { t } = useTranslation();
  const { link, retryAt, stale } = useHub(
    useShallow((s) => ({ link: s.link, retryAt: s.retryAt, stale: selectStale(s) })),
  );
  const down = link === "reconnecting" || link === "offline";
  const now = useWallNow(500, down);
  const hub = useSite((s) => s.hub);
  const site = hub && hub.role !== "single" ? { ...hub, role: hub.role } : null;
  const retrySeconds = down && retryAt !== null ? Math.max(0, Math.ceil((retryAt - now) / 1000)) : null;

  return (
    <div
      className={`link-state link-${link}`}
      data-testid="link-state"
      data-state={link}
      data-stale={stale}
      role="status"
      aria-label={t("link.label")}
    >
      <span className="link-dot" aria-hidden="true" />
      <span className="link-text">
        <span className="link-word">{t(`link.${link}`)}</span>
        <span className="link-detail">
          {retrySeconds !== null ? (
            t("link.retryIn", { seconds: retrySeconds })
          ) : stale ? (
            t("link.staleShort")
          ) : site ? (
            <SiteRole hub={site} />
          ) : (
            ""
          )}
        </span>
      </span>
    </div>
  );
}
