import { useTranslation } from "react-i18next";
import { useSite } from "../net/siteStore";
import "./siteRoleBadge.css";

/**
 * Which hub of a multi-hub site this console talks to, and which one is primary. Not shown on a single PC.
 * The role is spelt out (and a standby has a dashed frame), so colour is never the only sign.
 */
export function SiteRoleBadge() {
  const { t } = useTranslation();
  const hub = useSite((s) => s.hub);
  if (!hub || hub.role === "single") return null;

  const standby = hub.role === "standby";
  const primaryId = standby ? (hub.primary?.hubId ?? null) : hub.hubId;
  const detail = standby
    ? primaryId
      ? t("site.primaryIs", { hubId: primaryId })
      : t("site.noPrimary")
    : hub.hubId;
  const title = t("site.title", {
    hubId: hub.hubId,
    role: t(`site.${hub.role}`),
    site: hub.site ?? "—",
    primary: primaryId ?? t("site.noPrimary"),
    count: hub.lagMessages,
  });

  return (
    <div
      className={`site-role site-${hub.role}`}
      data-testid="site-role"
      data-role={hub.role}
      data-hub={hub.hubId}
      role="status"
      aria-label={t("site.label")}
      title={title}
    >
      <span className="site-role-line">
        <span className="site-role-word">{t(`site.${hub.role}`)}</span>
        {hub.lagMessages > 0 ? (
          <span className="site-role-lag" data-testid="site-role-lag">
            {t("site.lag", { count: hub.lagMessages })}
          </span>
        ) : null}
      </span>
      <span className="site-role-detail">{detail}</span>
    </div>
  );
}
