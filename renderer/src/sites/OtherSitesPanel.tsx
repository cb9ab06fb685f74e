import { useTranslation } from "react-i18next";
import type { SiteRoomSummary, SiteSummary } from "../../../shared/sites/siteSummary";
import { useAlertText } from "../alerts/useAlertText";
import { ISSUE_GLYPH, ROOM_STATUS_GLYPH } from "../components/symbols";
import { HealthBadge } from "../detail/DeviceTable";
import { pickText, useLocale } from "../i18n/i18n";
import { SEVERITY_GLYPH } from "../interpretation/alertText";
import { useHub } from "../state/hubStore";
import { SiteLinkState, SiteStaleLine } from "./SiteLinkState";
import { notOkByStatus, roomsWithIssue } from "./siteView";
import "./otherSites.css";

function SiteRoomRow({ site, room }: { site: string; room: SiteRoomSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = room.current ? pickText(room.current.title, locale) : "";
  return (
    <li
      className="site-room"
      data-testid={`site-room-${site}-${room.id}`}
      data-status={room.status}
      data-issue={room.issue ?? ""}
    >
      <span className="site-room-name">{pickText(room.name, locale)}</span>
      <span className="site-room-status">
        <span className={`status-pill status-${room.status}`}>
          {ROOM_STATUS_GLYPH[room.status] ? `${ROOM_STATUS_GLYPH[room.status]} ` : ""}
          {t(`roomStatus.${room.status}`)}
        </span>
      </span>
      <span className="site-room-session" title={session || undefined}>
        {session}
      </span>
      {/* Always there, empty without an issue, so an issue appearing moves nothing else in the row. */}
      <span className="site-room-issue issue-text" title={room.issue ?? undefined}>
        {room.issue && (
          <>
            <span aria-hidden="true">{ISSUE_GLYPH} </span>
            <span className="sr-only">{t("sites.issue")}: </span>
            {room.issue}
          </>
        )}
      </span>
    </li>
  );
}

function SiteAlerts({ site }: { site: SiteSummary }) {
  const { t } = useTranslation();
  // Said in the console's language with the other site's own names, as this site's alerts are.
  const alertText = useAlertText(site.names);
  return (
    <section className="site-block" data-testid={`site-alerts-${site.site}`}>
      <h3>{t("sites.alerts")}</h3>
      {site.alerts.length === 0 ? (
        <p className="site-line muted">{t("sites.noAlerts")}</p>
      ) : (
        <ul>
          {site.alerts.map((alert) => (
            <li key={alert.id} className={`site-alert severity-${alert.severity}`} title={alertText(alert)}>
              <span className="site-alert-severity">
                <span aria-hidden="true">{SEVERITY_GLYPH[alert.severity]}</span>{" "}
                {t(`interp.severity.${alert.severity}`)}
              </span>{" "}
              {alertText(alert)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SiteDevices({ site }: { site: SiteSummary }) {
  const { t } = useTranslation();
  const { ok, total, notOk } = site.devices;
  const groups = notOkByStatus(notOk);
  return (
    <section className="site-block" data-testid={`site-devices-${site.site}`}>
      <h3>
        {t("sites.devices")}{" "}
        <span className="site-devices-count tabular" data-testid={`site-devices-ok-${site.site}`}>
          {t("sites.devicesOk", { ok, total })}
        </span>
      </h3>
      {groups.length === 0 ? (
        <p className="site-line">
          <HealthBadge status="ok" />
        </p>
      ) : (
        <ul>
          {groups.map((group) => {
            const more = group.count - group.ids.length;
            const ids = group.ids.join(", ") + (more > 0 ? ` ${t("sites.more", { count: more })}` : "");
            return (
              <li key={group.status} className="site-line" title={ids}>
                <HealthBadge status={group.status} />
                <span className="site-device-count tabular">{group.count}</span>
                <span className="site-device-ids">{ids}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** One other site: read-only, as its replicated journal last told the main site. */
function SitePanel({ site }: { site: SiteSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = `site-heading-${site.site}`;
  const issues = roomsWithIssue(site);
  return (
    <section
      className="panel site-panel"
      aria-labelledby={headingId}
      data-testid={`site-${site.site}`}
      data-link={site.link.status}
      data-seq={site.seq}
    >
      <header className="site-header">
        <div className="site-title">
          <h2 id={headingId} className="site-name">
            {site.site}
            {site.eventName && <span className="site-event">{pickText(site.eventName, locale)}</span>}
          </h2>
          <SiteStaleLine site={site.site} link={site.link} />
        </div>
        <SiteLinkState site={site.site} link={site.link} />
      </header>
      <div className="site-body">
        <div className="site-rooms">
          <h3>
            {t("sites.rooms")}
            {issues > 0 && (
              <span className="issue-text site-issue-count">
                {" "}
                <span aria-hidden="true">{ISSUE_GLYPH}</span> {t("sites.withIssue", { count: issues })}
              </span>
            )}
          </h3>
          <ul>
            {site.rooms.map((room) => (
              <SiteRoomRow key={room.id} site={site.site} room={room} />
            ))}
          </ul>
        </div>
        <div className="site-side">
          <SiteDevices site={site} />
          <SiteAlerts site={site} />
        </div>
      </div>
    </section>
  );
}

/**
 * The other sites a main control room watches (a satellite studio): their link, rooms, devices and alerts.
 * Read-only: commands for a site go to its own hubs. Nothing at all on a single site.
 */
export function OtherSitesPanel() {
  const sites = useHub((s) => s.sites);
  if (sites.length === 0) return null;
  return (
    <div className="other-sites" data-testid="other-sites">
      {sites.map((site) => (
        <SitePanel key={site.site} site={site} />
      ))}
    </div>
  );
}
