import { useShallow } from "zustand/react/shallow";
import { type BoothSignal, NO_SIGNAL, signalFromConsole } from "../../../../shared/alerts/boothSignals";
import type { EventFile } from "../../../../shared/model/eventFile";
import { useHub } from "../../state/hubStore";

export interface BoothConsoleView {
  /** The booth's console, if it has one. */
  deviceId: string | null;
  signal: BoothSignal;
  /**
   * The console's values are current: it is connected, not gone quiet, and our own link is up. When
   * false the board shows no live values at all, so a frozen level never reads as sound.
   */
  current: boolean;
}

export const boothConsoleId = (event: EventFile, boothId: string): string | null =>
  event.devices.find((d) => d.kind === "booth-console" && d.boothId === boothId)?.id ?? null;

/** What a booth's console reports now; it re-renders only when that console changes. */
export function useBoothConsole(event: EventFile, boothId: string): BoothConsoleView {
  const deviceId = boothConsoleId(event, boothId);
  const { device, telemetry, linkUp } = useHub(
    useShallow((s) => ({
      device: deviceId ? s.live?.devices[deviceId] : undefined,
      telemetry: deviceId ? s.telemetry[deviceId] : undefined,
      linkUp: s.link === "connected",
    })),
  );
  if (!deviceId) return { deviceId, signal: NO_SIGNAL, current: false };
  const required = event.devices.find((d) => d.id === deviceId)?.required ?? false;
  const status = device?.status ?? (required ? "missing" : "offline");
  const connected = telemetry?.connected ?? false;
  // Silence comes from the hub's interpretation.silent alert, which knows how long it has lasted.
  const signal = signalFromConsole(status, connected, telemetry?.state ?? {}, 0);
  return { deviceId, signal, current: connected && linkUp && device?.stale !== true };
}
