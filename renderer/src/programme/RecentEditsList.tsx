import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatShortDate, formatTime } from "../format/venueTime";
import { pickText, useLocale } from "../i18n/i18n";
import { sendCommand } from "../net/hubConnection";
import { usePermission } from "../signin/usePermission";
import { useHub } from "../state/hubStore";
import { type EditRow, recentEdits } from "./recentEdits";

function Row({ row, zone }: { row: EditRow; zone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useHub((s) => s.live?.event?.sessions.find((x) => x.id === row.edit.sessionId));
  const permission = usePermission({ type: "session.undoEdit", editSeq: row.edit.seq });
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [sending, setSending] = useState(false);
  const { edit } = row;
  const at = Date.parse(edit.at);
  const title = pickText((session ?? edit.after).title, locale);
  const blocked =
    row.undo === "changedSince"
      ? t("programme.edits.changedSince")
      : row.undo === "gone"
        ? t("programme.edits.gone")
        : permission.allowed
          ? null
          : permission.reason;

  const undo = async () => {
    if (sending || row.undo !== "ok" || !permission.allowed) return;
    setSending(true);
    setResult(null);
    const outcome = await sendCommand({ type: "session.undoEdit", editSeq: edit.seq });
    setSending(false);
    setResult(
      outcome.ok
        ? { ok: true, text: t("programme.edits.undoDone", { seq: outcome.seq }) }
        : { ok: false, text: t("programme.edits.undoRefused", { message: outcome.error.message }) },
    );
  };

  return (
    <li className="programme-edit" data-undone={edit.undone} data-testid={`programme-edit-${edit.seq}`}>
      <span className="programme-edit-text">
        <span className="programme-edit-head">
          <span className="tabular">#{edit.seq}</span> <strong>{title}</strong>{" "}
          <span className="muted">
            ({row.fields.map((f) => t(`programme.preview.detail.${f}`)).join(", ")})
          </span>
        </span>
        <span className="muted tabular">
          {Number.isNaN(at) ? edit.at : `${formatShortDate(at, zone, locale)} ${formatTime(at, zone)}`} ·{" "}
          {edit.by.operator}
        </span>
        {blocked && row.undo !== "undone" && (
          <span className="programme-edit-blocked" data-testid={`programme-edit-blocked-${edit.seq}`}>
            ⊘ {blocked}
          </span>
        )}
        {result && (
          <span
            className={result.ok ? "form-result" : "form-error"}
            role={result.ok ? "status" : "alert"}
            data-testid={`programme-edit-result-${edit.seq}`}
          >
            {result.ok ? "✓" : "✖"} {result.text}
          </span>
        )}
      </span>
      {/* One button throughout (never swapped for text), so focus stays in the dialog after an undo. */}
      <button
        type="button"
        className={row.undo === "undone" ? "button programme-undone" : "button"}
        data-testid={`programme-edit-undo-${edit.seq}`}
        disabled={row.undo !== "undone" && blocked !== null}
        aria-disabled={row.undo === "undone" || sending ? true : undefined}
        aria-busy={sending}
        title={blocked ?? undefined}
        aria-description={blocked ?? undefined}
        onClick={() => void undo()}
      >
        {row.undo === "undone" ? `✓ ${t("programme.edits.undone")}` : `↶ ${t("programme.edits.undo")}`}
      </button>
    </li>
  );
}

/** Live edits of the programme, newest first (of one session, or all), each with Undo while it can work. */
export function RecentEditsList({ sessionId, zone }: { sessionId?: string; zone: string }) {
  const { t } = useTranslation();
  const edits = useHub((s) => s.live?.edits);
  const sessions = useHub((s) => s.live?.event?.sessions);
  const rows = recentEdits(edits ?? [], sessions ?? [], sessionId === undefined ? {} : { sessionId });
  if (rows.length === 0)
    return (
      <p className="muted" data-testid="programme-edits-none">
        {t("programme.edits.none")}
      </p>
    );
  return (
    <ul className="programme-edits" data-testid="programme-edits">
      {rows.map((row) => (
        <Row key={row.edit.seq} row={row} zone={zone} />
      ))}
    </ul>
  );
}
