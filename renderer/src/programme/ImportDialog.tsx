import { type ChangeEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { EventFile } from "../../../shared/model/eventFile";
import type { ImportFormat } from "../../../shared/schedule/importedSchedule";
import { Modal } from "../components/Modal";
import { sendCommand } from "../net/hubConnection";
import { usePermission } from "../signin/usePermission";
import { selectEvent, useHub } from "../state/hubStore";
import { ImportPreviewList } from "./ImportPreviewList";
import { ImportReport } from "./ImportReport";
import { detectFormat, IMPORT_FORMATS, type InputFile, previewImport } from "./importFiles";
import { buildPreview } from "./importPreview";
import { useProgrammeUi } from "./programmeStore";
import { RecentEditsList } from "./RecentEditsList";

type Result = { ok: true; seq: number } | { ok: false; code: string; message: string };

/** How the report names the running event (the importers' messages are in English, as on the command line). */
const eventLabel = (event: EventFile) => `running event "${event.event.id}"`;

/**
 * Programme: import a schedule into the running event. The file is read and merged here with the same
 * importers and checks as `venue-ops import --into`; the report and what would be added, changed and
 * removed show before anything is sent. Apply, confirmed, sends the merged event file to the hub
 * (event.import), which checks it again and keeps the live state of the sessions that stay.
 */
export function ImportDialog() {
  const { t } = useTranslation();
  const open = useProgrammeUi((s) => s.importOpen);
  const openImport = useProgrammeUi((s) => s.openImport);
  const event = useHub(selectEvent);
  const statuses = useHub((s) => s.live?.sessions);
  const [files, setFiles] = useState<InputFile[]>([]);
  const [override, setOverride] = useState<ImportFormat | "auto">("auto");
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  /** The programme the file was first merged into: the preview says so when it changes meanwhile. */
  const pickedOn = useRef<EventFile | null>(null);
  const fileInputId = useId();
  const formatId = useId();
  const permission = usePermission({ type: "event.import", event: null, source: "console" });
  // Focus follows the step (confirm, the hub's answer, back to Apply): a button that disappears under the
  // focus would leave it outside the dialog, where Esc no longer closes it.
  const confirmRef = useRef<HTMLButtonElement>(null);
  const applyRef = useRef<HTMLButtonElement>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const [focusTo, setFocusTo] = useState<"confirm" | "apply" | "result" | null>(null);
  useEffect(() => {
    if (focusTo === null) return;
    const target = { confirm: confirmRef, apply: applyRef, result: resultRef }[focusTo].current;
    if (target && !(target instanceof HTMLButtonElement && target.disabled)) target.focus();
    else resultRef.current?.focus();
    setFocusTo(null);
  }, [focusTo]);

  const detected = detectFormat(files.map((f) => f.name));
  const format = override === "auto" ? detected : override;
  const outcome = useMemo(
    () =>
      event && format && files.length > 0 ? previewImport(files, format, event, eventLabel(event)) : null,
    [event, format, files],
  );
  const preview = useMemo(
    () => (event && outcome?.merge ? buildPreview(event, outcome.merge, statuses ?? {}) : null),
    [event, outcome, statuses],
  );

  // The file and its preview stay for the next opening; the hub's last answer does not.
  const close = () => {
    openImport(false);
    setConfirming(false);
    setResult(null);
  };

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const list = [...(e.currentTarget.files ?? [])];
    setResult(null);
    setConfirming(false);
    setReadError(null);
    if (list.length === 0) return;
    setReading(true);
    try {
      const read = await Promise.all(
        list.map(async (file) => ({ name: file.name, text: await file.text() })),
      );
      pickedOn.current = event;
      setFiles(read);
    } catch (error) {
      setFiles([]);
      setReadError((error as Error).message);
    } finally {
      setReading(false);
    }
  };

  const apply = async () => {
    if (!outcome?.event) return;
    setSending(true);
    setResult(null);
    const source = `${files.map((f) => f.name).join(", ")} (${format}), imported in the console`;
    const sent = await sendCommand({ type: "event.import", event: outcome.event, source });
    setSending(false);
    setConfirming(false);
    setResult(sent.ok ? { ok: true, seq: sent.seq } : { ok: false, ...sent.error });
    if (sent.ok) pickedOn.current = null;
    setFocusTo("result");
  };

  // The role first: whatever the file, this operator could not apply it.
  const blocked: string | null = !permission.allowed
    ? permission.reason
    : !outcome
      ? t("programme.apply.blockedNoFile")
      : !outcome.ok
        ? t("programme.apply.blockedErrors")
        : preview && preview.removedLive.length > 0
          ? t("programme.apply.blockedLive")
          : preview && preview.groups.length === 0
            ? t("programme.apply.blockedNothing")
            : null;
  const changedMeanwhile = pickedOn.current !== null && event !== null && pickedOn.current !== event;

  return (
    <Modal open={open} title={t("programme.title")} onClose={close} testId="programme-dialog" wide>
      <div className="programme-dialog">
        <fieldset className="programme-step">
          <legend>{t("programme.file.legend")}</legend>
          <p className="muted">{t("programme.file.help")}</p>
          <div className="programme-file-row">
            <label className="field" htmlFor={fileInputId}>
              {t("programme.file.pick")}
              <input
                id={fileInputId}
                type="file"
                className="programme-file-input"
                data-testid="programme-file"
                accept=".json,.xml,.csv,.tsv,.txt"
                multiple
                onChange={(e) => void pick(e)}
              />
            </label>
            <label className="field" htmlFor={formatId}>
              {t("programme.file.format")}
              <select
                id={formatId}
                className="input programme-format"
                data-testid="programme-format"
                value={override}
                onChange={(e) => {
                  setOverride(e.currentTarget.value as ImportFormat | "auto");
                  setResult(null);
                  setConfirming(false);
                }}
              >
                <option value="auto">
                  {detected
                    ? t("programme.file.auto", { format: t(`programme.formats.${detected}`) })
                    : t("programme.file.autoUnknown")}
                </option>
                {IMPORT_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {t(`programme.formats.${f}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="programme-picked" data-testid="programme-picked" aria-live="polite">
            {reading
              ? t("programme.file.reading")
              : files.length > 0
                ? t("programme.file.picked", { files: files.map((f) => f.name).join(", ") })
                : t("programme.file.none")}
          </p>
          {readError && (
            <p className="form-error" role="alert">
              ✖ {readError}
            </p>
          )}
          {files.length > 0 && !format && (
            <p className="form-error" role="alert" data-testid="programme-format-needed">
              ✖ {t("programme.file.formatNeeded")}
            </p>
          )}
        </fieldset>

        {outcome && (
          <fieldset className="programme-step" data-testid="programme-report">
            <legend>{t("programme.report.legend")}</legend>
            <ImportReport problems={outcome.problems} counts={outcome.counts} />
            {!outcome.ok && (
              <p className="form-error" data-testid="programme-stopped">
                ✖ {t("programme.report.stopped")}
              </p>
            )}
          </fieldset>
        )}

        {preview && event && (
          <fieldset className="programme-step" data-testid="programme-preview">
            <legend>{t("programme.preview.legend")}</legend>
            {changedMeanwhile && (
              <p className="notice" data-testid="programme-event-changed">
                ↻ {t("programme.preview.eventChanged")}
              </p>
            )}
            <ImportPreviewList preview={preview} event={event} />
          </fieldset>
        )}

        <div className="programme-actions">
          {confirming && preview ? (
            <div className="programme-confirm" data-testid="programme-confirm">
              <p className="programme-confirm-title">{t("programme.apply.confirmTitle")}</p>
              <p>{t("programme.apply.confirmText", preview.counts)}</p>
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setConfirming(false);
                    setFocusTo("apply");
                  }}
                >
                  {t("programme.apply.back")}
                </button>
                <button
                  type="button"
                  className="button button-primary"
                  data-testid="programme-apply-confirm"
                  ref={confirmRef}
                  disabled={blocked !== null}
                  aria-busy={sending}
                  onClick={() => {
                    if (!sending) void apply();
                  }}
                >
                  ✓ {t("programme.apply.confirm")}
                </button>
              </div>
            </div>
          ) : (
            <div className="button-row">
              <button type="button" className="button" onClick={close}>
                {t("programme.close")}
              </button>
              <button
                type="button"
                className="button button-primary"
                data-testid="programme-apply"
                disabled={blocked !== null}
                title={blocked ?? undefined}
                aria-description={blocked ?? undefined}
                ref={applyRef}
                onClick={() => {
                  setResult(null);
                  setConfirming(true);
                  setFocusTo("confirm");
                }}
              >
                {t("programme.apply.button")}
              </button>
            </div>
          )}
          <p className="programme-blocked muted" data-testid="programme-apply-blocked">
            {blocked && !confirming ? `⊘ ${blocked}` : ""}
          </p>
          {sending && <p aria-live="polite">{t("programme.apply.sending")}</p>}
          {result && (
            <p
              ref={resultRef}
              tabIndex={-1}
              className={result.ok ? "programme-ack" : "programme-refusal"}
              role={result.ok ? "status" : "alert"}
              data-testid={result.ok ? "programme-ack" : "programme-refusal"}
            >
              {result.ok
                ? `✓ ${t("programme.apply.accepted", { seq: result.seq })}`
                : `✖ ${t("programme.apply.refused", { code: result.code, message: result.message })}`}
            </p>
          )}
        </div>

        {event && (
          <section className="programme-step programme-recent">
            <h3>{t("programme.edits.title")}</h3>
            <RecentEditsList zone={event.event.timeZone} />
          </section>
        )}
      </div>
    </Modal>
  );
}
