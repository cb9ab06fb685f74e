import { DateTime } from "luxon";
import { useTranslation } from "react-i18next";
import type { DeviceStatus } from "../../../shared/live/vocabulary";
import type { DeviceDefinition } from "../../../shared/model/devices";
import { DEVICE_GLYPH } from "../components/symbols";
import type { EventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";

export function HealthBadge({ status }: { status: DeviceStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`health-inline health-${status}`}>
      <span aria-hidden="true">{DEVICE_GLYPH[status]}</span> {t(`deviceStatus.${status}`)}
    </span>
  );
}

/** One device; it selects only its own live state and telemetry, so other devices' updates skip it. */
function DeviceRow({ device, zone }: { device: DeviceDefinition; zone: string }) {
  const { t } = useTranslation();
  const live = useHub((s) => s.live?.devices[device.id]);
  const telemetry = useHub((s) => s.telemetry[device.id]);
  const status = live?.status ?? (device.required ? "missing" : "offline");
  const lastSeen = telemetry?.lastFrameAt ?? live?.lastSeen ?? null;
  return (
    <tr data-testid={`device-${device.id}`} data-status={status}>
      <td>
        {device.label ?? device.id}
        <span className="muted block">
          {t(`deviceKinds.${device.kind}`)} · {device.required ? t("detail.required") : t("detail.optional")}
        </span>
      </td>
      <td>
        <HealthBadge status={status} />
        {live?.stale && <span className="stale-chip">{t("detail.stale")}</span>}
      </td>
      <td className="tabular">
        {lastSeen ? DateTime.fromISO(lastSeen, { zone }).toFormat("HH:mm:ss") : t("detail.never")}
        {telemetry?.connected && telemetry.latencyMs !== null && (
          <span className="muted block">{t("detail.latency", { ms: Math.round(telemetry.latencyMs) })}</span>
        )}
      </td>
    </tr>
  );
}

/** Devices of a room and of its booths, with their health; quiet devices are marked stale. */
export function DeviceTable({ views, roomId }: { views: EventViews; roomId: string }) {
  const { t } = useTranslation();
  const boothIds = new Set(views.event.booths.filter((b) => b.roomId === roomId).map((b) => b.id));
  const inRoom = views.event.devices.filter(
    (d) => d.roomId === roomId || (d.boothId && boothIds.has(d.boothId)),
  );

  return (
    <>
      <h3>{t("detail.devices")}</h3>
      {inRoom.length === 0 ? (
        <p className="muted">{t("detail.noDevices")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t("detail.device")}</th>
              <th>{t("detail.status")}</th>
              <th>{t("detail.lastSeen")}</th>
            </tr>
          </thead>
          <tbody>
            {inRoom.map((device) => (
              <DeviceRow key={device.id} device={device} zone={views.zone} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
