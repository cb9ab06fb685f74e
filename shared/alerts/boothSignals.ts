import { assignmentFor } from "../interpretation/turns";
import type { LiveState } from "../live/liveState";
import type { DeviceStatus } from "../live/vocabulary";
import { FLOOR_SOURCE } from "../model/interpretation";

/** What a booth's console says now, as the alert rules and the board read it. */
export interface BoothSignal {
  /** The console's health; null when the booth has no console. */
  deviceStatus: DeviceStatus | null;
  connected: boolean;
  micLive: boolean;
  /** Output channel the live microphone feeds, as the console reports it. */
  channel: number | null;
  /** The source the console reports; null when it has not said. */
  relaySource: string | null;
  inputLevelDb: number | null;
  partnerStatus: "broadcasting" | "available" | "offline" | null;
  /** Seconds the channel has been silent during the live session (0 while there is sound). */
  silentForSec: number;
}

export const NO_SIGNAL: BoothSignal = {
  deviceStatus: null,
  connected: false,
  micLive: false,
  channel: null,
  relaySource: null,
  inputLevelDb: null,
  partnerStatus: null,
  silentForSec: 0,
};

/** A booth console's reported state, read defensively: telemetry is whatever the device last merged. */
export function signalFromConsole(
  deviceStatus: DeviceStatus,
  connected: boolean,
  state: Record<string, unknown>,
  silentForSec: number,
): BoothSignal {
  const partner = state.partnerStatus;
  return {
    deviceStatus,
    connected,
    micLive: connected && state.micLive === true,
    channel: typeof state.channel === "number" ? state.channel : null,
    relaySource: typeof state.relaySource === "string" ? state.relaySource : null,
    inputLevelDb: typeof state.inputLevelDb === "number" ? state.inputLevelDb : null,
    partnerStatus:
      partner === "broadcasting" || partner === "available" || partner === "offline" ? partner : null,
    silentForSec,
  };
}

/** The source a booth works from now: what its connected console reports, else what is planned. */
export function effectiveSource(
  state: LiveState,
  signals: Record<string, BoothSignal>,
  boothId: string,
): string {
  const signal = signals[boothId];
  if (signal?.connected && signal.relaySource !== null) return signal.relaySource;
  const sessionId = state.booths[boothId]?.sessionId;
  return (sessionId ? assignmentFor(state, sessionId, boothId)?.relaySource : undefined) ?? FLOOR_SOURCE;
}
