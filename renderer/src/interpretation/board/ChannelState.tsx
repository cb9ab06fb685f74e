import { useTranslation } from "react-i18next";
import type { BoothConsoleView } from "./useBoothConsole";

/** The meter spans -60 dB (empty) to 0 dB (full). */
const FLOOR_DB = -60;

const meterPercent = (db: number) => Math.round(Math.min(1, Math.max(0, (db - FLOOR_DB) / -FLOOR_DB)) * 100);

/**
 * The output channel as the booth's console reports it: microphone, input level, silence. When the
 * console is not current nothing live is shown, only that it is not: stale values never pass as sound.
 */
export function ChannelState({
  boothId,
  outputChannel,
  view,
  silent,
}: {
  boothId: string;
  outputChannel: number;
  view: BoothConsoleView;
  silent: boolean;
}) {
  const { t } = useTranslation();
  const { signal, current, deviceId } = view;
  if (!current) {
    return (
      <div className="channel-state is-stale" data-testid={`interp-channel-${boothId}`} data-current="false">
        <span className="channel-mic">○ {t("interp.channel.noData")}</span>
        <span className="muted">
          {deviceId === null ? t("interp.channel.noConsole") : t("interp.channel.consoleNotCurrent")}
        </span>
      </div>
    );
  }
  const db = signal.inputLevelDb;
  // The booth's channel is in the card's title; only a console feeding another channel is worth a word.
  const wrongChannel = signal.micLive && signal.channel !== null && signal.channel !== outputChannel;
  return (
    <div
      className="channel-state"
      data-testid={`interp-channel-${boothId}`}
      data-current="true"
      data-mic={signal.micLive}
    >
      <span
        className={signal.micLive ? "channel-mic is-live" : "channel-mic"}
        data-testid={`interp-mic-${boothId}`}
      >
        {signal.micLive ? `● ${t("interp.channel.micLive")}` : `○ ${t("interp.channel.micOff")}`}
      </span>

      {/* The bar is for the eye; the dB figure beside it is what a screen reader reads. */}
      <span className="level" aria-hidden="true">
        <span className="level-cover" style={{ width: `${100 - (db === null ? 0 : meterPercent(db))}%` }} />
      </span>
      <span
        className="level-db tabular"
        data-testid={`interp-level-${boothId}`}
        title={t("interp.channel.level")}
      >
        {db === null ? "— dB" : `${Math.round(db)} dB`}
      </span>
      {/* A fixed slot, so an alarm appearing moves nothing else. */}
      <span className="channel-alarm-slot">
        {silent ? (
          <span className="channel-silent" data-testid={`interp-silent-${boothId}`}>
            ✖ {t("interp.channel.silent")}
          </span>
        ) : (
          wrongChannel && (
            <span className="channel-wrong" data-testid={`interp-wrong-channel-${boothId}`}>
              ▲ {t("interp.channel.channel", { channel: signal.channel })}
            </span>
          )
        )}
      </span>
    </div>
  );
}
