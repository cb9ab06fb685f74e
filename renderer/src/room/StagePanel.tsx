import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DeviceCommandOutcome } from "../../../shared/protocol/consoleProtocol";
import { sendCommand } from "../net/hubConnection";
import { usePermission } from "../signin/usePermission";
import type { EventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";
import { STAGE_MESSAGE_INPUT_ID } from "./roomShortcuts";

const PRESETS = ["fiveMinutes", "twoMinutes", "wrapUp", "speakSlowly", "timeUp"] as const;

type Sent = { text: string | null; devices: Record<string, DeviceCommandOutcome> } | { error: string };

function outcomeKey(outcome: DeviceCommandOutcome) {
  if (outcome.ok) return "acknowledged" as const;
  if (outcome.timedOut) return "noAnswer" as const;
  if (outcome.notSent === "not_connected") return "notConnected" as const;
  return "refused" as const;
}

/** Messages to the room's stage timers, and what each timer answered to the last one. */
export function StagePanel({ views, roomId }: { views: EventViews; roomId: string }) {
  const { t } = useTranslation();
  const permission = usePermission({ type: "stage.message", roomId, text: null });
  // A role that may not message this room's stage sees the panel greyed, with the reason on hover.
  const connected = useHub((s) => s.link === "connected") && permission.allowed;
  const [text, setText] = useState("");
  const [blink, setBlink] = useState(false);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  const [minutes, setMinutes] = useState(8);
  const timers = views.event.devices.filter((d) => d.roomId === roomId && d.kind === "stage-timer");

  const send = async (message: string | null) => {
    setBusy(true);
    const outcome = await sendCommand({
      type: "stage.message",
      roomId,
      text: message,
      ...(message && blink ? { blink: true } : {}),
    });
    setBusy(false);
    setSent(
      outcome.ok ? { text: message, devices: outcome.devices ?? {} } : { error: outcome.error.message },
    );
  };

  const setCountdown = async () => {
    setBusy(true);
    const outcome = await sendCommand({ type: "stage.countdown", roomId, minutes });
    setBusy(false);
    const label = t("room.stage.countdownLabel", { minutes });
    setSent(outcome.ok ? { text: label, devices: outcome.devices ?? {} } : { error: outcome.error.message });
  };

  return (
    <section
      className="stage-panel"
      aria-labelledby="stage-heading"
      data-testid="stage-panel"
      title={permission.allowed ? undefined : permission.reason}
    >
      <h3 id="stage-heading">{t("room.stage.heading")}</h3>
      <fieldset className="plain-fieldset stage-presets" disabled={!connected || busy}>
        <legend className="sr-only">{t("room.stage.presets")}</legend>
        {PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            className="button"
            data-testid={`stage-preset-${preset}`}
            onClick={() => void send(t(`room.stage.preset.${preset}`))}
          >
            {t(`room.stage.preset.${preset}`)}
          </button>
        ))}
      </fieldset>
      <form
        className="stage-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) void send(text.trim());
        }}
      >
        <label htmlFor={STAGE_MESSAGE_INPUT_ID} className="sr-only">
          {t("room.stage.text")}
        </label>
        <input
          id={STAGE_MESSAGE_INPUT_ID}
          className="input stage-text"
          data-testid="stage-text"
          maxLength={120}
          placeholder={t("room.stage.placeholder")}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <button
          type="submit"
          className="button button-primary"
          data-testid="stage-send"
          disabled={!connected || busy || !text.trim()}
        >
          {t("room.stage.send")}
        </button>
        <label className="stage-blink">
          <input
            type="checkbox"
            data-testid="stage-blink"
            checked={blink}
            onChange={(e) => setBlink(e.currentTarget.checked)}
          />
          {t("room.stage.blink")}
        </label>
        <button
          type="button"
          className="button"
          data-testid="stage-clear"
          disabled={!connected || busy}
          onClick={() => void send(null)}
        >
          {t("room.stage.clear")}
        </button>
      </form>
      <form
        className="stage-form"
        onSubmit={(e) => {
          e.preventDefault();
          void setCountdown();
        }}
      >
        <label htmlFor="stage-countdown-minutes">{t("room.stage.countdown")}</label>
        <input
          id="stage-countdown-minutes"
          className="input stage-countdown"
          data-testid="stage-countdown-minutes"
          type="number"
          min={1}
          max={600}
          aria-label={t("room.stage.countdownMinutes")}
          value={minutes}
          onChange={(e) => setMinutes(Math.min(600, Math.max(1, Number(e.currentTarget.value) || 1)))}
        />
        <button
          type="submit"
          className="button"
          data-testid="stage-countdown-set"
          disabled={!connected || busy}
        >
          {t("room.stage.countdownSet")}
        </button>
      </form>
      <div className="stage-outcomes" data-testid="stage-outcomes" aria-live="polite">
        {busy && <p className="muted">{t("room.stage.sending")}</p>}
        {!busy && sent && "error" in sent && <p className="form-error">{sent.error}</p>}
        {!busy && sent && "devices" in sent && (
          <>
            <p className="muted">
              {sent.text === null ? t("room.stage.cleared") : t("room.stage.sent", { text: sent.text })}
            </p>
            <ul className="stage-outcome-list">
              {timers.map((timer) => {
                const outcome = sent.devices[timer.id];
                const key = outcome ? outcomeKey(outcome) : "notConnected";
                return (
                  <li key={timer.id} data-testid={`stage-outcome-${timer.id}`} data-outcome={key}>
                    <span className={`outcome-word outcome-${key}`}>
                      {key === "acknowledged" ? "✓" : "✖"} {t(`room.stage.outcome.${key}`)}
                    </span>{" "}
                    {timer.label ?? timer.id}
                    {outcome && !outcome.ok && key === "refused" && (
                      <span className="muted block">{outcome.error}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
