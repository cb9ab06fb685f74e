import { useTranslation } from "react-i18next";
import type { SiteLink } from "../../../shared/sites/siteSummary";
import { useWallNow } from "../components/useWallNow";
import { formatAgo } from "../format/relativeTime";
import { useLocale } from "../i18n/i18n";
import { LINK_LOOK } from "./siteView";

/** How long since the main site last heard from the other one, e.g. "12 sec ago", ticking; null: never. */
function useHeardAgo(link: SiteLink): string | null {
  const locale = useLocale();
  const now = useWallNow(1000);
  return link.lastContactAt === null ? null : formatAgo(Date.parse(link.lastContactAt), now, locale);
}

/** Another site's link, drawn like the console's own hub link (same dot, same border colours). */
export function SiteLinkState({ site, link }: { site: string; link: SiteLink }) {
  const { t } = useTranslation();
  const ago = useHeardAgo(link);
  const word =
    link.status === "catching-up" && link.lagMessages
      ? t("sites.catchingUp", { count: link.lagMessages })
      : t(`sites.link.${link.status}`);
  return (
    <div
      className={`site-link link-${LINK_LOOK[link.status]}`}
      data-testid={`site-link-${site}`}
      data-state={link.status}
      role="status"
      aria-label={t("sites.linkLabel", { site })}
    >
      <span className="link-dot" aria-hidden="true" />
      <span className="link-text">
        <span className="link-word">{word}</span>
        <span className="link-detail" data-testid={`site-heard-${site}`}>
          {ago === null ? t("sites.neverHeard") : t("sites.lastHeard", { ago })}
        </span>
      </span>
    </div>
  );
}

/**
 * The line under the site's name: what it is, or while the link is cut, how old its picture is. It takes
 * the same line either way, so nothing moves when the link drops or comes back.
 */
export function SiteStaleLine({ site, link }: { site: string; link: SiteLink }) {
  const { t } = useTranslation();
  const ago = useHeardAgo(link);
  if (link.status !== "cut") return <span className="site-kicker">{t("sites.kicker")}</span>;
  return (
    <span className="site-kicker site-stale" role="alert" data-testid={`site-stale-${site}`}>
      <span aria-hidden="true">⚠ </span>
      {ago === null ? t("sites.staleNever") : t("sites.stale", { ago })}
    </span>
  );
}
