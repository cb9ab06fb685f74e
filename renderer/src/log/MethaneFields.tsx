import { useTranslation } from "react-i18next";
import type { Methane } from "../../../shared/model/logbook";
import { type DraftField, METHANE_FIELDS } from "./logDraft";

/** The METHANE first report, one field per letter, in the order a radio message gives them. */
export function MethaneFields({
  methane,
  invalid,
  onChange,
}: {
  methane: Methane;
  invalid: DraftField | null;
  onChange: (methane: Methane) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="methane-fields" data-testid="log-methane-fields">
      <legend>{t("log.methane.title")}</legend>
      {METHANE_FIELDS.map(([key, letter]) =>
        key === "majorIncident" ? (
          <label key={key} className="methane-row methane-declared">
            <span className="methane-letter">{letter}</span>
            <input
              type="checkbox"
              data-testid="log-methane-majorIncident"
              checked={methane.majorIncident}
              onChange={(e) => onChange({ ...methane, majorIncident: e.currentTarget.checked })}
            />
            <span>{t("log.methane.majorIncidentDeclared")}</span>
          </label>
        ) : (
          <label key={key} className="methane-row">
            <span className="methane-letter">{letter}</span>
            <span className="methane-label">{t(`log.methane.${key}`)}</span>
            <input
              className="input"
              data-testid={`log-methane-${key}`}
              maxLength={300}
              aria-invalid={invalid === key ? true : undefined}
              placeholder={t(`log.methane.${key}Hint`)}
              value={methane[key]}
              onChange={(e) => onChange({ ...methane, [key]: e.currentTarget.value })}
            />
          </label>
        ),
      )}
    </fieldset>
  );
}
