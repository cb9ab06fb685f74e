import { useTranslation } from "react-i18next";
import type { HubSiteInfo } from "../net/failover";

/**
 * Which hub of a multi-hub site this console talks to and its role, as the link indicator's second line
 * (it takes no width of its own: the bar is full at 1366 px, where only the hub's name shows; a console
 * is only ever connected to the primary). The role is a word, never only a colour.
 */
export function SiteRole({ hub }: { hub: HubSiteInfo & { role: "primary" | "standby" } }) {
  const { t } = useTranslation();
  const standby = hub.role === "standby";
  const role = standby ? t("site.standby") : t("site.primary");
  const primaryId = standby ? (hub.primary?.hubId ?? null) : hub.hubId;
  const where = standby
    ? primaryId
      ? t("site.primaryIs", { hubId: primaryId })
      : t("site.noPrimary")
    : hub.hubId;
  const lag = hub.lagMessages > 0 ? ` · ${t("site.lag", { count: hub.lagMessages })}` : "";
  return (
    <span
      className={`site-role site-${hub.role}`}
      data-testid="site-role"
      data-role={hub.role}
      data-hub={hub.hubId}
      title={t("site.title", {
        hubId: hub.hubId,
        role,
        site: hub.site ?? "—",
        primary: primaryId ?? t("site.noPrimary"),
        count: hub.lagMessages,
      })}
    >
      <span className="site-role-word">{`${role} · `}</span>
      {`${where}${lag}`}
    </span>
  );
}
