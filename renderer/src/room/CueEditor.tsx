import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CUE_DEPARTMENTS, CUE_TYPES, type Cue } from "../../../shared/model/cues";
import {
  type CueDraft,
  cueToDraft,
  EMPTY_CUE_DRAFT,
  nextCueNumber,
  parseCueDraft,
} from "../../../shared/views/stageManager";
import { sendCommand } from "../net/hubConnection";
import { ConflictNotice } from "../signin/ConflictNotice";
import { usePermission } from "../signin/usePermission";
import { hubStore } from "../state/hubStore";
import { useRoomView } from "./roomViewStore";

interface CueEditorProps {
  sessionId: string;
  cues: readonly Cue[];
  /** The cue being edited, or null to add one. */
  editing: Cue | null;
  onDone: () => void;
}

/** A cue id the hub accepts (a slug), unique enough for one console adding cues by hand. */
function newCueId(): string {
  return `cue-${Date.now().toString(36)}-${Math.floor(Math.random() * 1296).toString(36)}`;
}

const liveSeq = () => hubStore.getState().live?.seq;

/**
 * One row of inputs under the cue table: adds a cue, or edits the one picked. Checked like the hub checks,
 * and sent with the state it was opened on, so a colleague's edit of the same cue is refused, not lost.
 */
export function CueEditor({ sessionId, cues, editing, onDone }: CueEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CueDraft>(() =>
    editing ? cueToDraft(editing) : { ...EMPTY_CUE_DRAFT, number: nextCueNumber(cues) },
  );
  const [error, setError] = useState<{ field: keyof CueDraft; message: string } | null>(null);
  const [baseSeq, setBaseSeq] = useState(liveSeq);
  const [conflict, setConflict] = useState<string | null>(null);
  // Same rule as cue.save: the session's room must be this operator's.
  const permission = usePermission({ type: "cue.go", sessionId });
  const reason = permission.allowed ? undefined : permission.reason;
  const set = (field: keyof CueDraft) => (e: { currentTarget: { value: string } }) =>
    setDraft({ ...draft, [field]: e.currentTarget.value });
  const invalid = (field: keyof CueDraft) => (error?.field === field ? true : undefined);

  const save = async () => {
    const parsed = parseCueDraft(draft, editing?.id ?? newCueId());
    if (!parsed.ok) {
      setError({ field: parsed.field, message: parsed.message });
      return;
    }
    setError(null);
    setConflict(null);
    useRoomView.getState().setFailure(null);
    const outcome = await sendCommand({ type: "cue.save", sessionId, cue: parsed.cue }, { baseSeq });
    if (!outcome.ok) {
      if (outcome.error.code === "conflict") setConflict(outcome.error.message);
      else useRoomView.getState().setFailure(outcome.error.message);
      return;
    }
    if (editing) onDone();
    else {
      setDraft({ ...EMPTY_CUE_DRAFT, number: nextCueNumber([...cues, parsed.cue]) });
      setBaseSeq(liveSeq());
    }
  };

  /** Shows the cue as it is now (or a fresh row if it was removed) and edits from there. */
  const reload = () => {
    const current = editing ? cues.find((c) => c.id === editing.id) : undefined;
    setDraft(current ? cueToDraft(current) : { ...EMPTY_CUE_DRAFT, number: nextCueNumber(cues) });
    setBaseSeq(liveSeq());
    setConflict(null);
  };

  return (
    <form
      className="cue-editor"
      data-testid="cue-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <span className="cue-editor-title muted">
        {editing ? t("room.cues.editing", { number: editing.number }) : t("room.cues.add")}
      </span>
      <input
        className="input cue-input-number tabular"
        aria-label={t("room.cues.number")}
        aria-invalid={invalid("number")}
        data-testid="cue-input-number"
        value={draft.number}
        onChange={set("number")}
      />
      <select
        className="input"
        aria-label={t("room.cues.department")}
        data-testid="cue-input-department"
        value={draft.department}
        onChange={set("department")}
      >
        {CUE_DEPARTMENTS.map((d) => (
          <option key={d}>{d}</option>
        ))}
      </select>
      <select
        className="input"
        aria-label={t("room.cues.type")}
        data-testid="cue-input-type"
        value={draft.type}
        onChange={set("type")}
      >
        {CUE_TYPES.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <input
        className="input cue-input-action"
        aria-label={t("room.cues.action")}
        aria-invalid={invalid("action")}
        placeholder={t("room.cues.action")}
        data-testid="cue-input-action"
        value={draft.action}
        onChange={set("action")}
      />
      <input
        className="input cue-input-notes"
        aria-label={t("room.cues.notes")}
        aria-invalid={invalid("notes")}
        placeholder={t("room.cues.notes")}
        data-testid="cue-input-notes"
        value={draft.notes}
        onChange={set("notes")}
      />
      <input
        className="input cue-input-offset tabular"
        aria-label={t("room.cues.offset")}
        aria-invalid={invalid("offsetMin")}
        placeholder={t("room.cues.offsetShort")}
        inputMode="numeric"
        data-testid="cue-input-offset"
        value={draft.offsetMin}
        onChange={set("offsetMin")}
      />
      <button
        type="submit"
        className="button button-primary"
        data-testid="cue-save"
        disabled={!permission.allowed}
        title={reason}
        aria-description={reason}
      >
        {editing ? t("room.cues.saveEdit") : t("room.cues.addButton")}
      </button>
      {editing && (
        <button type="button" className="button" onClick={onDone}>
          {t("room.back")}
        </button>
      )}
      <p className="form-error cue-editor-error" role="alert" data-testid="cue-editor-error">
        {error ? t(`room.cues.fieldError.${error.field}`) : reason ? `⊘ ${reason}` : ""}
      </p>
      {conflict && <ConflictNotice message={conflict} onReload={reload} testId="cue-conflict" />}
    </form>
  );
}
