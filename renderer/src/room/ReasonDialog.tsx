import { useTranslation } from "react-i18next";
import { TextPromptDialog } from "../components/TextPromptDialog";
import { sendCommand } from "../net/hubConnection";
import { useRoomView } from "./roomViewStore";

/** Hold and cancel need a reason: it goes in the journal and on every console's hold banner. */
export function ReasonDialog() {
  const { t } = useTranslation();
  const prompt = useRoomView((s) => s.reasonPrompt);
  const askReason = useRoomView((s) => s.askReason);
  const cancel = prompt?.kind === "cancel";
  return (
    <TextPromptDialog
      open={prompt !== null}
      title={cancel ? t("room.cancelTitle") : t("room.holdTitle")}
      label={t("room.reason")}
      placeholder={cancel ? t("room.cancelPlaceholder") : t("room.holdPlaceholder")}
      maxLength={200}
      testId="room-reason"
      submitLabel={cancel ? t("room.action.cancel") : t("room.action.hold")}
      backLabel={t("room.back")}
      requiredMessage={t("room.reasonRequired")}
      onClose={() => askReason(null)}
      onSubmit={async (reason) => {
        if (!prompt) return null;
        const type = prompt.kind === "hold" ? "session.hold" : "session.cancel";
        const outcome = await sendCommand({ type, sessionId: prompt.sessionId, reason });
        return outcome.ok ? null : outcome.error.message;
      }}
    />
  );
}
