import { DEVICE_STATUSES, type DeviceStatus } from "../../../shared/live/vocabulary";
import type { SiteLinkStatus, SiteSummary } from "../../../shared/sites/siteSummary";

/** The device ids named per status line; the rest are counted, so a site with many down keeps its height. */
export const IDS_PER_STATUS = 3;

export interface NotOkGroup {
  status: DeviceStatus;
  count: number;
  /** The first few ids, worst first as the hub sent them. */
  ids: string[];
}

/**
 * Another site's not-ok devices, one line per status (worst first): at most five lines, however many
 * devices are down, so the column never grows past what the panel can show.
 */
export function notOkByStatus(notOk: SiteSummary["devices"]["notOk"]): NotOkGroup[] {
  return DEVICE_STATUSES.filter((status) => status !== "ok").flatMap((status) => {
    const ids = notOk.filter((d) => d.status === status).map((d) => d.id);
    return ids.length === 0 ? [] : [{ status, count: ids.length, ids: ids.slice(0, IDS_PER_STATUS) }];
  });
}

export const roomsWithIssue = (site: SiteSummary): number => site.rooms.filter((r) => r.issue).length;

/**
 * The console's own hub-link look for another site's link: live as connected, catching up as reconnecting,
 * cut as offline, so one dot shape means one thing across the screen.
 */
export const LINK_LOOK: Record<SiteLinkStatus, "connected" | "reconnecting" | "offline"> = {
  live: "connected",
  "catching-up": "reconnecting",
  cut: "offline",
};
