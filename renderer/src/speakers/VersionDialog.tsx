import { useTranslation } from "react-i18next";
import { readinessKey } from "../../../shared/live/liveState";
import { type PromptOutcome, TextPromptDialog } from "../components/TextPromptDialog";
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
  const received = check?.done === true;
  const send = async (done: boolean, version?: string): Promise<PromptOutcome> => {
    if (!prompt) return null;
    const outcome = await sendCommand({
      type: "speaker.setCheck",
      sessionId: prompt.sessionId,
      speakerId: prompt.speakerId,
      item: prompt.item,
      done,
      ...(version === undefined ? {} : { version }),
    });
    return outcome.ok ? null : outcome.error.message;
  };

  return (
    <TextPromptDialog
      open={prompt !== null}
      title={
        prompt
          ? t("speakers.version.title", {
              item: t(`speakers.item.${prompt.item}`),
              name: nameOf(prompt.speakerId),
            })
          : ""
      }
      label={t("speakers.version.label")}
      maxLength={MAX_VERSION}
      testId="spk-version"
      submitLabel={received ? t("speakers.version.record") : t("speakers.version.tick")}
      backLabel={t("speakers.version.back")}
      requiredMessage={t("speakers.version.required")}
      onClose={() => askVersion(null)}
      onSubmit={(version) => send(true, version)}
      extraActions={(run) =>
        received && (
          <button
            type="button"
            className="button button-danger"
            data-testid="spk-version-untick"
            onClick={() => run(() => send(false))}
          >
            {t("speakers.version.untick")}
          </button>
        )
      }
    >
      {received && (
        <p className="spk-version-current" data-testid="spk-version-current">
          {t("speakers.version.current", { version: check.version ?? t("speakers.version.none") })}
        </p>
      )}
    </TextPromptDialog>
  );
}
