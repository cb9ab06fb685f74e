import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { LOG_ENTRY_TYPES, LOG_SEVERITIES } from "../../../shared/model/logbook";
import { pickText, useLocale } from "../i18n/i18n";
import { sendCommand } from "../net/hubConnection";
import { usePermission } from "../signin/usePermission";
import type { EventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";
import { currentVenueMs } from "../state/venueClock";
import {
  correctionDraft,
  type DraftField,
  draftToCommand,
  emptyDraft,
  type LogDraft,
  toLocalInput,
} from "./logDraft";
import { entryNumber } from "./logFilter";
import { ENTRY_TYPE_GLYPH, KEY_EVENT_GLYPH, LOG_SEVERITY_GLYPH } from "./logSymbols";
import { useLogUi } from "./logUi";
import { MethaneFields } from "./MethaneFields";

const nowMs = () => currentVenueMs() ?? Date.now();

/** Adds an entry to the log: what, how bad, when it happened, what it is about; a decision says why. */
export function LogForm({ views }: { views: EventViews }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const zone = views.zone;
  const connected = useHub((s) => s.link === "connected");
  const correcting = useLogUi((s) => s.correcting);
  const correct = useLogUi((s) => s.correct);
  const [draft, setDraft] = useState<LogDraft>(() => emptyDraft(nowMs(), zone));
  const [invalid, setInvalid] = useState<DraftField | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const permission = usePermission({
    type: "log.add",
    entryType: draft.entryType,
    severity: draft.severity,
    text: "x",
    links: {},
    keyEvent: false,
  });

  // "Correct this entry" starts the form from that entry.
  useEffect(() => {
    if (correcting) {
      setDraft(correctionDraft(correcting, nowMs(), zone));
      setInvalid(null);
      setFailure(null);
      setAdded(null);
    }
  }, [correcting, zone]);

  const edit = (change: Partial<LogDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setInvalid(null);
    setAdded(null);
  };
  const reset = () => {
    correct(null);
    setDraft(emptyDraft(nowMs(), zone));
    setInvalid(null);
  };

  const submit = async () => {
    const check = draftToCommand(draft, zone, nowMs());
    if (!check.ok) {
      setInvalid(check.field);
      return;
    }
    setBusy(true);
    setFailure(null);
    const outcome = await sendCommand(check.command);
    setBusy(false);
    if (!outcome.ok) {
      setFailure(outcome.error.message);
      return;
    }
    setAdded(outcome.seq !== undefined ? entryNumber(`log-${outcome.seq}`) : "");
    reset();
  };

  const rooms = views.event.venue.rooms;
  const sessions = views.event.sessions
    .filter((s) => !draft.roomId || s.roomId === draft.roomId)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const devices = views.event.devices.filter(
    (d) =>
      !draft.roomId ||
      d.roomId === draft.roomId ||
      views.event.booths.some((b) => b.id === d.boothId && b.roomId === draft.roomId),
  );
  const err = (field: DraftField) => (invalid === field ? t(`log.errors.${field}` as const) : "");

  return (
    <form
      className="log-form panel"
      data-testid="log-form"
      data-correcting={correcting?.id ?? ""}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <header className="log-form-head">
        <h2>
          {correcting
            ? t("log.form.correcting", { number: entryNumber(correcting.id) })
            : t("log.form.title")}
        </h2>
        {correcting && (
          <button type="button" className="button" data-testid="log-correct-cancel" onClick={reset}>
            {t("log.form.cancelCorrection")}
          </button>
        )}
      </header>
      <div className="log-form-body">
        <fieldset className="plain-fieldset log-form-row">
          <legend className="log-form-label">{t("log.form.type")}</legend>
          <div className="segmented log-segments">
            {LOG_ENTRY_TYPES.map((type) => (
              <button
                key={type}
                type="button"
                className="segment"
                data-testid={`log-type-${type}`}
                aria-pressed={draft.entryType === type}
                onClick={() => edit({ entryType: type })}
              >
                <span aria-hidden="true">{ENTRY_TYPE_GLYPH[type]}</span> {t(`log.type.${type}`)}
              </button>
            ))}
          </div>
        </fieldset>
        <fieldset className="plain-fieldset log-form-row">
          <legend className="log-form-label">{t("log.form.severity")}</legend>
          <div className="segmented log-segments">
            {LOG_SEVERITIES.map((severity) => (
              <button
                key={severity}
                type="button"
                className={`segment severity-${severity}`}
                data-testid={`log-severity-${severity}`}
                aria-pressed={draft.severity === severity}
                onClick={() => edit({ severity })}
              >
                <span aria-hidden="true">{LOG_SEVERITY_GLYPH[severity]}</span>{" "}
                {t(`interp.severity.${severity}`)}
              </button>
            ))}
          </div>
        </fieldset>
        <label className="field">
          <span>{t("log.form.text")}</span>
          <textarea
            className="input log-textarea"
            data-testid="log-text"
            rows={3}
            maxLength={4000}
            aria-invalid={invalid === "text" ? true : undefined}
            value={draft.text}
            onChange={(e) => edit({ text: e.currentTarget.value })}
          />
          <span className="form-error log-field-error">{err("text")}</span>
        </label>
        {draft.entryType === "decision" && (
          <label className="field">
            <span>{t("log.form.reason")}</span>
            <textarea
              className="input log-textarea"
              data-testid="log-reason"
              rows={2}
              maxLength={2000}
              aria-invalid={invalid === "reason" ? true : undefined}
              value={draft.reason}
              onChange={(e) => edit({ reason: e.currentTarget.value })}
            />
            <span className="form-error log-field-error">{err("reason")}</span>
          </label>
        )}
        <div className="log-form-grid">
          <label className="field">
            <span>{t("log.form.occurredAt", { zone: zone })}</span>
            <span className="log-time-row">
              <input
                className="input log-time"
                type="datetime-local"
                data-testid="log-occurred"
                max={toLocalInput(nowMs(), zone)}
                aria-invalid={invalid === "occurredAt" ? true : undefined}
                value={draft.occurredLocal}
                onChange={(e) => edit({ occurredLocal: e.currentTarget.value })}
              />
              <button
                type="button"
                className="button"
                data-testid="log-occurred-now"
                onClick={() => edit({ occurredLocal: toLocalInput(nowMs(), zone) })}
              >
                {t("log.form.now")}
              </button>
            </span>
            <span className="form-error log-field-error">{err("occurredAt")}</span>
          </label>
          <label className="field">
            <span>{t("log.links.room")}</span>
            <select
              className="input"
              data-testid="log-link-room"
              value={draft.roomId}
              onChange={(e) => edit({ roomId: e.currentTarget.value, sessionId: "", deviceId: "" })}
            >
              <option value="">{t("log.form.none")}</option>
              {rooms.map((r) => (
                <option key={r.id} value={r.id}>
                  {pickText(r.name, locale)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t("log.links.session")}</span>
            <select
              className="input"
              data-testid="log-link-session"
              value={draft.sessionId}
              onChange={(e) => edit({ sessionId: e.currentTarget.value })}
            >
              <option value="">{t("log.form.none")}</option>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.start.slice(5, 10)} {s.start.slice(11, 16)} · {pickText(s.title, locale)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t("log.links.device")}</span>
            <select
              className="input"
              data-testid="log-link-device"
              value={draft.deviceId}
              onChange={(e) => edit({ deviceId: e.currentTarget.value })}
            >
              <option value="">{t("log.form.none")}</option>
              {devices.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label ?? d.id}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="log-form-checks">
          <label className="log-check">
            <input
              type="checkbox"
              data-testid="log-key"
              checked={draft.keyEvent}
              onChange={(e) => edit({ keyEvent: e.currentTarget.checked })}
            />
            <span aria-hidden="true">{KEY_EVENT_GLYPH}</span> {t("log.keyEvent")}
          </label>
          <label className="log-check">
            <input
              type="checkbox"
              data-testid="log-methane-toggle"
              checked={draft.methaneOn}
              onChange={(e) =>
                // A major incident is a critical key incident: the template sets those too.
                edit(
                  e.currentTarget.checked
                    ? { methaneOn: true, entryType: "incident", severity: "critical", keyEvent: true }
                    : { methaneOn: false },
                )
              }
            />
            {t("log.methane.use")}
          </label>
        </div>
        {draft.methaneOn && (
          <MethaneFields
            methane={draft.methane}
            invalid={invalid}
            onChange={(methane) => edit({ methane })}
          />
        )}
        {invalid && invalid !== "text" && invalid !== "reason" && invalid !== "occurredAt" && (
          <p className="form-error" role="alert">
            {t("log.errors.methane")}
          </p>
        )}
      </div>
      <footer className="log-form-foot">
        <p className="form-error log-form-failure" role="alert" data-testid="log-form-failure">
          {failure ? t("log.form.refused", { message: failure }) : ""}
        </p>
        <p className="form-result" role="status" data-testid="log-form-added">
          {added !== null ? t("log.form.added", { number: added }) : ""}
        </p>
        <button
          type="submit"
          className="button button-primary"
          data-testid="log-submit"
          disabled={busy || !connected || !permission.allowed}
          title={permission.allowed ? undefined : permission.reason}
          aria-description={permission.allowed ? undefined : permission.reason}
        >
          {correcting ? t("log.form.submitCorrection") : t("log.form.submit")}
        </button>
      </footer>
    </form>
  );
}
