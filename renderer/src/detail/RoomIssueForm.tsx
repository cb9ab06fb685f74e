import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../net/hubConnection";
import { useHub } from "../state/hubStore";

const MAX_ISSUE_LENGTH = 200;

/** Raises or clears a room's free-text problem flag (room.setIssue), shown on the plan at once. */
export function RoomIssueForm({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const issue = useHub((s) => s.live?.rooms[roomId]?.issue ?? null);
  const connected = useHub((s) => s.link === "connected");
  const [text, setText] = useState("");
  const [failure, setFailure] = useState<string | null>(null);

  const send = async (next: string | null) => {
    setFailure(null);
    const outcome = await sendCommand({ type: "room.setIssue", roomId, issue: next });
    if (outcome.ok) setText("");
    else setFailure(t("detail.issueFailed", { message: outcome.error.message }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) void send(text.trim());
  };

  return (
    <form className="issue-form" onSubmit={submit}>
      <label className="field">
        <span>{t("detail.flagIssue")}</span>
        <input
          className="input issue-input"
          data-testid="room-issue-input"
          maxLength={MAX_ISSUE_LENGTH}
          placeholder={t("detail.issuePlaceholder")}
          value={text}
          disabled={!connected}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button
        type="submit"
        className="button"
        data-testid="room-issue-set"
        disabled={!connected || !text.trim()}
      >
        {t("detail.setIssue")}
      </button>
      {issue && (
        <button
          type="button"
          className="button"
          data-testid="room-issue-clear"
          disabled={!connected}
          onClick={() => void send(null)}
        >
          {t("detail.clearIssue")}
        </button>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
