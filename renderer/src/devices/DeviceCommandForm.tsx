import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { DEVICE_KIND_SPECS } from "../../../shared/devices/deviceKinds";
import type { DeviceDefinition } from "../../../shared/model/devices";
import { type ArgValues, buildArgs, describeArgs } from "../../../shared/views/commandArgs";
import { type DeviceCommandOutcome, sendDeviceCommand } from "../net/deviceApi";
import { CommandArgFields } from "./CommandArgFields";

const OUTCOME_KEY = {
  ok: "devices.outcomeOk",
  refused: "devices.outcomeRefused",
  timeout: "devices.outcomeTimeout",
  "not-connected": "devices.outcomeNotConnected",
  invalid: "devices.outcomeInvalid",
  failed: "devices.outcomeFailed",
} as const;

/** Reads the arguments from the fields or the JSON box and checks them against the command's schema. */
function readArgs(
  schema: z.ZodObject,
  fields: ReturnType<typeof describeArgs>,
  values: ArgValues,
  json: string | null,
): { ok: true; args: Record<string, unknown> } | { ok: false; message: string } {
  let args: unknown;
  if (json !== null || fields === null) {
    try {
      args = JSON.parse(json ?? "{}");
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  } else args = buildArgs(fields, values);
  const parsed = schema.safeParse(args);
  if (parsed.success) return { ok: true, args: parsed.data as Record<string, unknown> };
  const issue = parsed.error.issues[0];
  return { ok: false, message: issue ? `${issue.path.join(".") || "args"}: ${issue.message}` : "invalid" };
}

/** Sends one of the kind's commands and shows how it ended: acknowledged, refused or timed out. */
export function DeviceCommandForm({ device, connected }: { device: DeviceDefinition; connected: boolean }) {
  const { t } = useTranslation();
  const commands = DEVICE_KIND_SPECS[device.kind].commands;
  const names = Object.keys(commands);
  const [name, setName] = useState(names[0] ?? "");
  const [values, setValues] = useState<ArgValues>({});
  const [json, setJson] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<DeviceCommandOutcome | null>(null);
  const schema = commands[name];
  const fields = useMemo(() => (schema ? describeArgs(schema) : null), [schema]);

  if (!schema) return null;

  const choose = (next: string) => {
    setName(next);
    setValues({});
    setJson(null);
    setResult(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = readArgs(schema, fields, values, json);
    if (!read.ok) {
      setResult({ outcome: "invalid", message: read.message });
      return;
    }
    setSending(true);
    setResult(null);
    setResult(await sendDeviceCommand(device.id, name, read.args));
    setSending(false);
  };

  const jsonMode = json !== null || fields === null;
  return (
    <section aria-labelledby="device-command-heading">
      <h3 id="device-command-heading">{t("devices.command")}</h3>
      <form className="device-command" data-testid="device-command-form" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>{t("devices.commandName")}</span>
          <select
            className="input"
            data-testid="device-command-name"
            value={name}
            onChange={(e) => choose(e.target.value)}
          >
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        {jsonMode ? (
          <label className="field device-command-json">
            <span>{t("devices.argsJson")}</span>
            <textarea
              className="input"
              data-testid="device-command-json"
              rows={3}
              spellCheck={false}
              value={json ?? "{}"}
              onChange={(e) => setJson(e.target.value)}
            />
          </label>
        ) : (
          <CommandArgFields fields={fields ?? []} values={values} onChange={setValues} />
        )}
        <div className="button-row">
          <button
            type="submit"
            className="button button-primary"
            data-testid="device-command-send"
            disabled={sending}
          >
            {sending ? t("devices.sending") : t("devices.send")}
          </button>
          {fields !== null && (
            <button
              type="button"
              className="button"
              data-testid="device-command-json-toggle"
              aria-pressed={json !== null}
              onClick={() => setJson(json === null ? JSON.stringify(buildArgs(fields, values)) : null)}
            >
              {t("devices.useJson")}
            </button>
          )}
        </div>
        {!connected && <p className="muted">{t("devices.commandOffline")}</p>}
        <p
          className={result?.outcome === "ok" ? "form-result" : "form-error"}
          data-testid="device-command-result"
          data-outcome={result?.outcome ?? ""}
          role="status"
        >
          {result
            ? t(OUTCOME_KEY[result.outcome], { message: "message" in result ? result.message : "" })
            : ""}
        </p>
      </form>
    </section>
  );
}
