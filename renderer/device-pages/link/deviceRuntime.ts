import { create } from "zustand";
import type { DeviceLink, DeviceLinkStatus } from "./deviceLink";

/** The link's status, for the badge every page shows. */
export const useLinkStatus = create<DeviceLinkStatus>()(() => ({ state: "connecting", retryAt: null }));

let current: DeviceLink | null = null;

export function setDeviceLink(link: DeviceLink): void {
  current = link;
}

/** The page's one link to the hub; set by main.tsx before the first render. */
export function deviceLink(): DeviceLink {
  if (!current) throw new Error("the device link is not started");
  return current;
}
