import { useTranslation } from "react-i18next";
import type { Alert } from "../../../shared/live/liveState";
import { alertText, SEVERITY_GLYPH } from "../interpretation/alertText";
import type { Names } from "../interpretation/names";

interface SpeakerAlertsProps {
  /** Open alerts about this speaker in this session, worst first. */
  alerts: Alert[];
  names: Names;
  speakerName: (id: string) => string;
  deviceName: (id: string) => string;
  testId: string;
}

/** The hub's alerts about a speaker, on one line of fixed height: the worst, and how many more. */
export function SpeakerAlerts({ alerts, names, speakerName, deviceName, testId }: SpeakerAlertsProps) {
  const { t } = useTranslation();
  const first = alerts[0];
  if (!first)
    return (
      <p className="spk-alerts spk-alerts-none muted" data-testid={testId} data-count={0}>
        ✓ {t("speakers.noAlerts")}
      </p>
    );
  const text = alertText(first, names, t, deviceName, speakerName);
  return (
    <p
      className={`spk-alerts severity-${first.severity}`}
      data-testid={testId}
      data-count={alerts.length}
      data-rule={first.rule}
      title={alerts.map((a) => alertText(a, names, t, deviceName, speakerName)).join("\n")}
    >
      <span className="spk-alert-severity">
        <span aria-hidden="true">{SEVERITY_GLYPH[first.severity]}</span>{" "}
        {t(`interp.severity.${first.severity}`)}
      </span>
      <span className="spk-alert-text">{text}</span>
      {alerts.length > 1 && (
        <span className="spk-alert-more">{t("speakers.moreAlerts", { count: alerts.length - 1 })}</span>
      )}
    </p>
  );
}
