import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { ArgField, ArgValues } from "../../../shared/views/commandArgs";

interface CommandArgFieldsProps {
  fields: readonly ArgField[];
  values: ArgValues;
  onChange: (values: ArgValues) => void;
}

/** One plain input per argument; names are the protocol's own, as device makers read them in the docs. */
export function CommandArgFields({ fields, values, onChange }: CommandArgFieldsProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  if (fields.length === 0) return <p className="muted">{t("devices.noArgs")}</p>;
  const set = (name: string, value: string | boolean) => onChange({ ...values, [name]: value });

  return (
    <fieldset className="plain-fieldset device-command-args">
      <legend className="sr-only">{t("devices.commandArgs")}</legend>
      {fields.map((field) => {
        const label = (
          <span>
            {field.name}
            {field.optional || field.nullable ? ` (${t("devices.optionalArg")})` : ""}
          </span>
        );
        const testId = `device-arg-${field.name}`;
        if (field.kind === "boolean")
          return (
            <label key={field.name} className="check-field">
              <input
                type="checkbox"
                data-testid={testId}
                checked={values[field.name] === true}
                onChange={(e) => set(field.name, e.target.checked)}
              />
              {label}
            </label>
          );
        const text = typeof values[field.name] === "string" ? String(values[field.name]) : "";
        return (
          <label key={field.name} className="field" htmlFor={`${idPrefix}-${field.name}`}>
            {label}
            {field.kind === "choice" ? (
              <select
                id={`${idPrefix}-${field.name}`}
                className="input"
                data-testid={testId}
                value={text}
                onChange={(e) => set(field.name, e.target.value)}
              >
                <option value="">—</option>
                {field.options.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={`${idPrefix}-${field.name}`}
                className="input"
                data-testid={testId}
                type={field.kind === "number" ? "number" : "text"}
                step={field.kind === "number" ? "any" : undefined}
                placeholder={
                  field.kind === "text" && field.format === "datetime" ? "2021-11-08T09:30:00+08:00" : ""
                }
                value={text}
                onChange={(e) => set(field.name, e.target.value)}
              />
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
