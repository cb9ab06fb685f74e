import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Alert } from "../../../shared/live/liveState";
import type { EventFile } from "../../../shared/model/eventFile";
import { Modal } from "../components/Modal";
import { SEVERITY_GLYPH } from "../interpretation/alertText";
import { useHub } from "../state/hubStore";
import { AckButton } from "./AckButton";
import {
  ALERT_SEVERITIES,
  ALERT_STATES,
  ALERT_SUBJECTS,
  alertState,
  familiesOf,
  filterAlerts,
  isEscalated,
} from "./alertFilter";
import { useAlertUi } from "./alertUi";
import { formatVenueDateTime } from "./formatVenueTime";
import { useAlertText } from "./useAlertText";

/** Rule families the console names; a family added later shows under its own id until it is named. */
const KNOWN_FAMILIES = ["device", "interpretation", "speaker"] as const;
type KnownFamily = (typeof KNOWN_FAMILIES)[number];

/** A row of toggles: none pressed means any. */
function Toggles<T extends string>({
  label,
  options,
  chosen,
  name,
  onChange,
  testId,
}: {
  label: string;
  options: readonly T[];
  chosen: readonly T[];
  name: (option: T) => string;
  onChange: (chosen: T[]) => void;
  testId: string;
}) {
  return (
    <fieldset className="plain-fieldset alert-filter-group">
      <legend className="alert-filter-label">{label}</legend>
      <div className="segmented">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            className="segment"
            data-testid={`${testId}-${option}`}
            aria-pressed={chosen.includes(option)}
            onClick={() =>
              onChange(chosen.includes(option) ? chosen.filter((c) => c !== option) : [...chosen, option])
            }
          >
            {name(option)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/** Every alert the hub holds, filtered, with who acknowledged it and when it was raised and resolved. */
export function AlertList({ event }: { event: EventFile }) {
  const { t } = useTranslation();
  const open = useAlertUi((s) => s.listOpen);
  const openList = useAlertUi((s) => s.openList);
  const filter = useAlertUi((s) => s.filter);
  const setFilter = useAlertUi((s) => s.setFilter);
  const alerts = useHub((s) => s.live?.alerts);
  const sayAlert = useAlertText(event);
  const zone = event.event.timeZone;
  const all = useMemo(() => Object.values(alerts ?? {}), [alerts]);
  const families = useMemo(() => familiesOf(all), [all]);
  const shown = useMemo(() => filterAlerts(all, filter, sayAlert), [all, filter, sayAlert]);
  const familyName = (family: string) =>
    KNOWN_FAMILIES.find((f) => f === family) ? t(`alerts.family.${family as KnownFamily}`) : family;

  return (
    <Modal open={open} title={t("alerts.listTitle")} onClose={() => openList(false)} testId="alert-list" wide>
      <div className="alert-filters">
        <Toggles
          label={t("alerts.filter.severity")}
          options={ALERT_SEVERITIES}
          chosen={filter.severities}
          name={(s) => `${SEVERITY_GLYPH[s]} ${t(`interp.severity.${s}`)}`}
          onChange={(severities) => setFilter({ severities })}
          testId="alert-filter-severity"
        />
        <Toggles
          label={t("alerts.filter.state")}
          options={ALERT_STATES}
          chosen={filter.states}
          name={(s) => t(`alerts.state.${s}`)}
          onChange={(states) => setFilter({ states })}
          testId="alert-filter-state"
        />
        <Toggles
          label={t("alerts.filter.family")}
          options={families}
          chosen={filter.families}
          name={familyName}
          onChange={(chosen) => setFilter({ families: chosen })}
          testId="alert-filter-family"
        />
        <Toggles
          label={t("alerts.filter.subject")}
          options={ALERT_SUBJECTS}
          chosen={filter.subjects}
          name={(s) => t(`alerts.subject.${s}`)}
          onChange={(subjects) => setFilter({ subjects })}
          testId="alert-filter-subject"
        />
        <label className="field alert-filter-text">
          <span>{t("alerts.filter.text")}</span>
          <input
            className="input"
            type="search"
            data-testid="alert-filter-text"
            value={filter.text}
            onChange={(e) => setFilter({ text: e.currentTarget.value })}
          />
        </label>
      </div>
      <p className="muted alert-list-count" data-testid="alert-list-count">
        {t("alerts.shownCount", { count: shown.length, total: all.length })}
      </p>
      <table className="alert-table">
        <thead>
          <tr>
            <th scope="col">{t("alerts.col.severity")}</th>
            <th scope="col">{t("alerts.col.alert")}</th>
            <th scope="col">{t("alerts.col.raised")}</th>
            <th scope="col">{t("alerts.col.acknowledged")}</th>
            <th scope="col">{t("alerts.col.resolved")}</th>
            <th scope="col">
              <span className="sr-only">{t("alerts.acknowledge")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((alert) => (
            <AlertRow key={alert.id} alert={alert} text={sayAlert(alert)} zone={zone} />
          ))}
        </tbody>
      </table>
    </Modal>
  );
}

function AlertRow({ alert, text, zone }: { alert: Alert; text: string; zone: string }) {
  const { t } = useTranslation();
  const state = alertState(alert);
  const escalated = isEscalated(alert);
  return (
    <tr
      className={`alert-row severity-${alert.severity} state-${state}${escalated ? " is-escalated" : ""}`}
      data-testid={`alert-row-${alert.id}`}
      data-state={state}
      data-escalated={escalated}
    >
      <td className="alert-row-severity">
        <span aria-hidden="true">{SEVERITY_GLYPH[alert.severity]}</span>{" "}
        {t(`interp.severity.${alert.severity}`)}
        {escalated && <span className="block alert-escalated-word">▲ {t("alerts.escalated")}</span>}
      </td>
      <td>
        {text}
        <span className="block muted">
          {t(`alerts.subject.${alert.subject.type}`)} · {alert.subject.id}
        </span>
      </td>
      <td className="tabular">
        {formatVenueDateTime(alert.raisedAt, zone)}
        {alert.escalatedAt && (
          <span className="block muted">
            {t("alerts.escalatedAt", { time: formatVenueDateTime(alert.escalatedAt, zone) })}
          </span>
        )}
      </td>
      <td className="tabular">
        {alert.acknowledged ? (
          <>
            {formatVenueDateTime(alert.acknowledged.at, zone)}
            <span className="block muted">
              {t("alerts.by", {
                operator: alert.acknowledged.by.operator,
                workstation: alert.acknowledged.by.workstation,
              })}
            </span>
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="tabular">
        {alert.resolvedAt ? formatVenueDateTime(alert.resolvedAt, zone) : <span className="muted">—</span>}
      </td>
      <td>{state === "open" && <AckButton alert={alert} />}</td>
    </tr>
  );
}
