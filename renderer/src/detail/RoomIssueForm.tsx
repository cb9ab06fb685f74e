import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../net/hubConnection";
import { ConflictNotice } from "../signin/ConflictNotice";
import { usePermission } from "../signin/usePermission";
import { hubStore, useHub } from "../state/hubStore";

const MAX_ISSUE_LENGTH = 200;

/** The state's sequence number now: what an edit started from. */
const liveSeq = () => hubStore.getState().live?.seq;

/**
 * Raises or clears a room's free-text problem flag (room.setIssue), shown on the plan at once. An edit is
 * sent with the state it began from, so a colleague's change in between is refused, not overwritten.
 */
export function RoomIssueForm({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const issue = useHub((s) => s.live?.rooms[roomId]?.issue ?? null);
  const connected = useHub((s) => s.link === "connected");
  const permission = usePermission({ type: "room.setIssue", roomId, issue: null });
  const [text, setText] = useState("");
  // The seq when typing began; cleared once the edit is sent or dropped.
  const [baseSeq, setBaseSeq] = useState<number | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const enabled = connected && permission.allowed;
  const reason = permission.allowed ? undefined : permission.reason;

  const send = async (next: string | null) => {
    setFailure(null);
    setConflict(null);
    // Clearing acts on the issue on screen now; a new text on the state its author began typing from.
    const outcome = await sendCommand(
      { type: "room.setIssue", roomId, issue: next },
      { baseSeq: next === null ? liveSeq() : (baseSeq ?? liveSeq()) },
    );
    if (outcome.ok) {
      // Only a sent text is done with; a clear must not wipe what someone has started typing meanwhile.
      if (next !== null) {
        setText("");
        setBaseSeq(undefined);
      }
    } else if (outcome.error.code === "conflict") setConflict(outcome.error.message);
    else setFailure(t("detail.issueFailed", { message: outcome.error.message }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) void send(text.trim());
  };

  const reload = () => {
    setText(issue ?? "");
    setBaseSeq(liveSeq());
    setConflict(null);
  };

  return (
    <form className="issue-form" onSubmit={submit} data-testid={`room-issue-form-${roomId}`}>
      <label className="field">
        <span>{t("detail.flagIssue")}</span>
        <input
          className="input issue-input"
          data-testid="room-issue-input"
          maxLength={MAX_ISSUE_LENGTH}
          placeholder={t("detail.issuePlaceholder")}
          value={text}
          disabled={!enabled}
          title={reason}
          aria-description={reason}
          onChange={(e) => {
            if (baseSeq === undefined) setBaseSeq(liveSeq());
            setText(e.target.value);
          }}
        />
      </label>
      <button
        type="submit"
        className="button"
        data-testid="room-issue-set"
        disabled={!enabled || !text.trim()}
        title={reason}
        aria-description={reason}
      >
        {t("detail.setIssue")}
      </button>
      {issue && (
        <button
          type="button"
          className="button"
          data-testid="room-issue-clear"
          disabled={!enabled}
          title={reason}
          aria-description={reason}
          onClick={() => void send(null)}
        >
          {t("detail.clearIssue")}
        </button>
      )}
      {reason && (
        <p className="permission-note" data-testid="room-issue-permission">
          ⊘ {reason}
        </p>
      )}
      {conflict && <ConflictNotice message={conflict} onReload={reload} testId="room-issue-conflict" />}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
