import { useMemo } from "react";
import type { DeviceStatus } from "../../../shared/live/vocabulary";
import { rollUpDeviceHealth } from "../../../shared/views/deviceHealth";
import type { EventViews } from "./eventViews";
import { useHub } from "./hubStore";

/** Each room's device health (the worst of its devices and booths), for the plan and the timeline. */
export function useRoomHealth(views: EventViews): Record<string, DeviceStatus> {
  const devices = useHub((s) => s.live?.devices);
  return useMemo(
    () => (devices ? rollUpDeviceHealth(views.event, { devices }).rooms : {}),
    [views.event, devices],
  );
}
