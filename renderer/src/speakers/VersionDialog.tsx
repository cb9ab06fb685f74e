import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { readinessKey } from "../../../shared/live/liveState";
import { Modal } from "../components/Modal";
import { sendCommand } from "../net/hubConnection";
import { useHub } from "../state/hubStore";
import { useSpeakers } from "./speakersStore";

const MAX_VERSION = 60;

/**
 * Slides or a video received: which version. A newer one can be recorded over the old (slides loaded
 * before it then count as not loaded), or the item unticked. The hub's refusal shows in the dialog.
 */
export function VersionDialog({ nameOf }: { nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const prompt = useSpeakers((s) => s.versionPrompt);
  const askVersion = useSpeakers((s) => s.askVersion);
  const check = useHub((s) =>
    prompt ? s.live?.readiness[readinessKey(prompt.sessionId, prompt.speakerId)]?.[prompt.item] : undefined,
  );
  const [version, setVersion] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // After the dialog has opened (Modal's effect runs first), so typing goes straight into the field.
  useEffect(() => {
    if (prompt) inputRef.current?.focus();
  }, [prompt]);
  const close = () => {
    askVersion(null);
    setVersion("");
    setFailure(null);
  };
  const send = async (done: boolean) => {
    if (!prompt) return;
    const named = version.trim();
    if (done && !named) {
      setFailure(t("speakers.version.required"));
      return;
    }
    const outcome = await sendCommand({
      type: "speaker.setCheck",
      sessionId: prompt.sessionId,
      speakerId: prompt.speakerId,
      item: prompt.item,
      done,
      ...(done ? { version: named } : {}),
    });
    if (outcome.ok) close();
    else setFailure(outcome.error.message);
  };
  const received = check?.done === true;

  return (
    <Modal
      open={prompt !== null}
      title={
        prompt
          ? t("speakers.version.title", {
              item: t(`speakers.item.${prompt.item}`),
              name: nameOf(prompt.speakerId),
            })
          : ""
      }
      onClose={close}
      testId="spk-version-dialog"
    >
      <form
        className="spk-version-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void send(true);
        }}
      >
        {received && (
          <p className="spk-version-current" data-testid="spk-version-current">
            {t("speakers.version.current", { version: check.version ?? t("speakers.version.none") })}
          </p>
        )}
        <label className="block">
          {t("speakers.version.label")}
          <input
            className="input spk-version-input"
            data-testid="spk-version-input"
            maxLength={MAX_VERSION}
            required
            ref={inputRef}
            value={version}
            onChange={(e) => setVersion(e.currentTarget.value)}
          />
        </label>
        <p className="form-error" role="alert" data-testid="spk-version-error">
          {failure}
        </p>
        <div className="spk-version-actions">
          <button type="button" className="button" onClick={close}>
            {t("speakers.version.back")}
          </button>
          {received && (
            <button
              type="button"
              className="button button-danger"
              data-testid="spk-version-untick"
              onClick={() => void send(false)}
            >
              {t("speakers.version.untick")}
            </button>
          )}
          <button type="submit" className="button button-primary" data-testid="spk-version-submit">
            {received ? t("speakers.version.record") : t("speakers.version.tick")}
          </button>
        </div>
      </form>
    </Modal>
  );
}
