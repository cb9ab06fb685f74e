import { DateTime } from "luxon";
import { useTranslation } from "react-i18next";
import type { Alert } from "../../../../shared/live/liveState";
import { alertText, SEVERITY_GLYPH } from "../alertText";
import type { Names } from "../names";

/** The open interpretation alerts, worst first, in a strip of fixed height so the board never jumps. */
export function AlertStrip({
  alerts,
  names,
  zone,
  deviceName,
}: {
  alerts: Alert[];
  names: Names;
  zone: string;
  deviceName: (id: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <section
      className="alert-strip"
      aria-label={t("interp.alerts.heading")}
      data-testid="interp-alerts"
      data-count={alerts.length}
    >
      <h2 className="alert-strip-heading">
        {t("interp.alerts.heading")} <span className="tabular">({alerts.length})</span>
      </h2>
      {alerts.length === 0 ? (
        <p className="alert-none">✓ {t("interp.alerts.none")}</p>
      ) : (
        <ul className="alert-list" aria-live="polite">
          {alerts.map((alert) => (
            <li
              key={alert.id}
              className={`alert-item severity-${alert.severity}`}
              data-testid={`interp-alert-${alert.id}`}
              data-rule={alert.rule}
            >
              <span className="alert-severity">
                <span aria-hidden="true">{SEVERITY_GLYPH[alert.severity]}</span>{" "}
                {t(`interp.severity.${alert.severity}`)}
              </span>
              <span className="alert-text" title={alertText(alert, names, t, deviceName)}>
                {alertText(alert, names, t, deviceName)}
              </span>
              <span className="alert-time tabular muted">
                {DateTime.fromISO(alert.raisedAt, { zone }).toFormat("HH:mm:ss")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
