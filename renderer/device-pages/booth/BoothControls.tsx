import { useTranslation } from "react-i18next";
import { FLOOR_SOURCE } from "../../../shared/model/interpretation";
import { pickText, useLocale } from "../../src/i18n/i18n";
import { usePublicData } from "../data/publicData";
import { deviceLink } from "../link/deviceRuntime";
import { handoverEventData, useBooth } from "./boothStore";

type Feedback = NonNullable<ReturnType<typeof useBooth.getState>["feedback"]>["key"];

function send(name: string, data: Record<string, unknown>, sentKey: Feedback): void {
  const ok = deviceLink().sendEvent(name, data);
  useBooth.setState({ feedback: { ok, key: ok ? sentKey : "notSent" } });
}

/** Microphone, relay source and the three requests an interpreter makes without leaving the booth. */
export function BoothControls({ sources }: { sources: string[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const event = usePublicData((s) => s.event);
  const { micLive, relaySource, activeInterpreterId, feedback } = useBooth();
  const sourceName = (source: string) => {
    if (source === FLOOR_SOURCE) return t("devicePage.booth.floor");
    const code = event?.booths.find((b) => b.id === source)?.language;
    const language = event?.languages.find((l) => l.code === code);
    return language ? pickText(language.name, locale) : source;
  };

  return (
    <div className="booth-controls">
      <button
        type="button"
        className={micLive ? "device-button booth-mic is-live" : "device-button booth-mic"}
        data-testid="booth-mic"
        aria-pressed={micLive}
        onClick={() => useBooth.setState({ micLive: !micLive })}
      >
        {micLive ? `● ${t("devicePage.booth.micLive")}` : `○ ${t("devicePage.booth.micOff")}`}
      </button>
      <fieldset className="plain-fieldset">
        <legend className="booth-legend">{t("devicePage.booth.relay")}</legend>
        <div className="booth-relay">
          {sources.map((source) => (
            <button
              key={source}
              type="button"
              className="device-button"
              data-testid={`booth-relay-${source}`}
              aria-pressed={relaySource === source}
              onClick={() => useBooth.setState({ relaySource: source })}
            >
              {sourceName(source)}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="booth-actions">
        <button
          type="button"
          className="device-button booth-help"
          data-testid="booth-help"
          onClick={() => send("help-request", {}, "helpSent")}
        >
          {t("devicePage.booth.help")}
        </button>
        <button
          type="button"
          className="device-button"
          data-testid="booth-speak-slowly"
          onClick={() => send("speak-slowly", {}, "slowSent")}
        >
          {t("devicePage.booth.speakSlowly")}
        </button>
        <button
          type="button"
          className="device-button"
          data-testid="booth-handover"
          disabled={activeInterpreterId === null}
          // The hub records the handover and answers with show-turn: the microphone moves then.
          onClick={() => send("handover-done", handoverEventData(), "handoverSent")}
        >
          {t("devicePage.booth.handover")}
        </button>
      </div>
      <p
        className={feedback?.ok === false ? "booth-feedback is-error" : "booth-feedback"}
        data-testid="booth-feedback"
        role="status"
      >
        {feedback ? t(`devicePage.booth.${feedback.key}`) : ""}
      </p>
    </div>
  );
}
