import { useShallow } from "zustand/react/shallow";
import type { DeviceLive } from "../../../shared/live/liveState";
import type { DeviceTelemetryView } from "../../../shared/protocol/consoleProtocol";
import { useHub } from "../state/hubStore";

export interface DeviceLiveness {
  live: DeviceLive | undefined;
  telemetry: DeviceTelemetryView | undefined;
  connected: boolean;
  /** The device's last values may be out of date: it went quiet, is not connected, or our own link is down. */
  stale: boolean;
  /** Hub wall time of the last frame or journaled change. */
  lastSeen: string | null;
}

/** One device's journaled health and telemetry; it re-renders only when that device changes. */
export function useDeviceLiveness(deviceId: string): DeviceLiveness {
  const { live, telemetry, linkUp } = useHub(
    useShallow((s) => ({
      live: s.live?.devices[deviceId],
      telemetry: s.telemetry[deviceId],
      linkUp: s.link === "connected",
    })),
  );
  const connected = telemetry?.connected ?? false;
  return {
    live,
    telemetry,
    connected,
    stale: live?.stale === true || !connected || !linkUp,
    lastSeen: telemetry?.lastFrameAt ?? live?.lastSeen ?? null,
  };
}
