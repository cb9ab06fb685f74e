import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Modal } from "../components/Modal";
import { sendCommand } from "../net/hubConnection";
import { useRoomView } from "./roomViewStore";

/** Hold and cancel need a reason: it goes in the journal and on every console's hold banner. */
export function ReasonDialog() {
  const { t } = useTranslation();
  const prompt = useRoomView((s) => s.reasonPrompt);
  const askReason = useRoomView((s) => s.askReason);
  const [reason, setReason] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // After the dialog has opened (Modal's effect runs first), so typing goes straight into the reason.
  useEffect(() => {
    if (prompt) inputRef.current?.focus();
  }, [prompt]);
  const close = () => {
    askReason(null);
    setReason("");
    setFailure(null);
  };

  const submit = async () => {
    if (!prompt) return;
    const text = reason.trim();
    if (!text) {
      setFailure(t("room.reasonRequired"));
      return;
    }
    const type = prompt.kind === "hold" ? "session.hold" : "session.cancel";
    const outcome = await sendCommand({ type, sessionId: prompt.sessionId, reason: text });
    if (outcome.ok) close();
    else setFailure(outcome.error.message);
  };

  return (
    <Modal
      open={prompt !== null}
      title={prompt?.kind === "cancel" ? t("room.cancelTitle") : t("room.holdTitle")}
      onClose={close}
      testId="room-reason-dialog"
    >
      <form
        className="reason-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="block">
          {t("room.reason")}
          <input
            className="input reason-input"
            data-testid="room-reason-input"
            maxLength={200}
            required
            ref={inputRef}
            value={reason}
            placeholder={prompt?.kind === "cancel" ? t("room.cancelPlaceholder") : t("room.holdPlaceholder")}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        </label>
        <p className="form-error" role="alert" data-testid="room-reason-error">
          {failure}
        </p>
        <div className="reason-actions">
          <button type="button" className="button" onClick={close}>
            {t("room.back")}
          </button>
          <button type="submit" className="button button-primary" data-testid="room-reason-submit">
            {prompt?.kind === "cancel" ? t("room.action.cancel") : t("room.action.hold")}
          </button>
        </div>
      </form>
    </Modal>
  );
}
