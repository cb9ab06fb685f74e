import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Alert } from "../../../shared/live/liveState";
import type { EventFile } from "../../../shared/model/eventFile";
import { SEVERITY_GLYPH } from "../interpretation/alertText";
import { useHub } from "../state/hubStore";
import { AckButton } from "./AckButton";
import { ALERT_SEVERITIES, compareAlerts, countOpenBySeverity, isEscalated } from "./alertFilter";
import { useAlertUi } from "./alertUi";
import { askNotificationPermission } from "./desktopNotice";
import { formatVenueTime } from "./formatVenueTime";
import { useAlertText } from "./useAlertText";
import { useEscalationAlarm } from "./useEscalationAlarm";

/** How many alerts the rail names; wide screens show the second one too (CSS hides it below 1600 px). */
const SHOWN = 2;

/**
 * The alerts on every screen, in one strip of fixed height: counts by severity, the worst and newest open
 * ones with Acknowledge, and the whole list a press away. An escalated alert turns the strip red on every
 * console and sounds until someone acknowledges it.
 */
export function AlertRail({ event }: { event: EventFile }) {
  const { t } = useTranslation();
  const alerts = useHub((s) => s.live?.alerts);
  const muted = useAlertUi((s) => s.muted);
  const setMuted = useAlertUi((s) => s.setMuted);
  const openList = useAlertUi((s) => s.openList);
  const failure = useAlertUi((s) => s.failure);
  const setFailure = useAlertUi((s) => s.setFailure);
  const sayAlert = useAlertText(event);
  const all = useMemo(() => Object.values(alerts ?? {}), [alerts]);
  const escalated = useMemo(() => all.filter(isEscalated).sort(compareAlerts), [all]);
  // Unacknowledged first: those are the ones someone has to act on.
  const shown = useMemo(
    () =>
      all
        .filter((a) => a.resolvedAt === null && a.acknowledged === null)
        .sort(compareAlerts)
        .slice(0, SHOWN),
    [all],
  );
  const counts = countOpenBySeverity(all);
  useEscalationAlarm(escalated, muted, sayAlert);

  return (
    <section
      className={escalated.length > 0 ? "alert-rail is-escalated" : "alert-rail"}
      aria-label={t("alerts.rail")}
      data-testid="alert-rail"
      data-escalated={escalated.length}
      data-open={shown.length}
    >
      <button
        type="button"
        className="alert-counts"
        data-testid="alert-list-open"
        title={`${t("alerts.listTitle")} (!)`}
        onClick={() => openList(true)}
      >
        {ALERT_SEVERITIES.map((severity) => (
          <span
            key={severity}
            className={`alert-count severity-${severity}`}
            data-testid={`alert-count-${severity}`}
            data-count={counts[severity]}
            data-zero={counts[severity] === 0}
          >
            <span aria-hidden="true">{SEVERITY_GLYPH[severity]}</span>
            <span className="tabular">{counts[severity]}</span>
            <span className="alert-count-word">{t(`interp.severity.${severity}`)}</span>
          </span>
        ))}
      </button>
      <ul className="alert-rail-items" aria-live="polite">
        {failure ? (
          <li className="alert-rail-failure" role="alert" data-testid="alert-failure">
            <span className="form-error">✖ {t("alerts.ackRefused", { message: failure })}</span>
            <button type="button" className="button" onClick={() => setFailure(null)}>
              {t("interp.dismiss")}
            </button>
          </li>
        ) : shown.length === 0 ? (
          <li className="alert-rail-none" data-testid="alert-rail-none">
            ✓ {t("alerts.noneOpen")}
          </li>
        ) : (
          shown.map((alert) => (
            <RailItem key={alert.id} alert={alert} text={sayAlert(alert)} zone={event.event.timeZone} />
          ))
        )}
      </ul>
      <button
        type="button"
        className="button alert-mute"
        data-testid="alert-mute"
        aria-pressed={muted}
        aria-label={t("alerts.mute")}
        title={muted ? t("alerts.mutedHint") : t("alerts.muteHint")}
        onClick={() => {
          // The press is also the gesture that lets this console ask for notifications and play sound.
          askNotificationPermission();
          setMuted(!muted);
        }}
      >
        {muted ? `✕ ${t("alerts.muted")}` : `♪ ${t("alerts.soundOn")}`}
      </button>
    </section>
  );
}

function RailItem({ alert, text, zone }: { alert: Alert; text: string; zone: string }) {
  const { t } = useTranslation();
  const escalated = isEscalated(alert);
  return (
    <li
      className={`alert-rail-item severity-${alert.severity}${escalated ? " is-escalated" : ""}`}
      data-testid={`alert-rail-${alert.id}`}
      data-escalated={escalated}
      data-rule={alert.rule}
    >
      <span className="alert-rail-severity">
        <span aria-hidden="true">{SEVERITY_GLYPH[alert.severity]}</span>{" "}
        {escalated ? t("alerts.escalated") : t(`interp.severity.${alert.severity}`)}
      </span>
      <span className="alert-rail-text" title={text}>
        {text}
      </span>
      <span className="alert-rail-time tabular muted">{formatVenueTime(alert.raisedAt, zone)}</span>
      <AckButton alert={alert} compact />
    </li>
  );
}
