import { DateTime } from "luxon";
import { useTranslation } from "react-i18next";
import type { DeviceGroup, DeviceListRow } from "../../../shared/views/deviceList";
import { useWallNow } from "../components/useWallNow";
import { HealthBadge } from "../detail/DeviceTable";
import { formatAgo } from "../format/relativeTime";
import { pickText, useLocale } from "../i18n/i18n";
import { useDeviceUi } from "../state/deviceUiStore";
import type { EventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";
import { devicePlace } from "./devicePlace";
import { useDeviceLiveness } from "./useDeviceLiveness";

const AGO_REFRESH_MS = 5000;

function DeviceListRowView({ row, views, nowMs }: { row: DeviceListRow; views: EventViews; nowMs: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { device, status } = row;
  const { live, telemetry, connected, stale, lastSeen } = useDeviceLiveness(device.id);
  const provisionedAt = useDeviceUi((s) =>
    s.provisionedAt ? (s.provisionedAt[device.id] ?? null) : undefined,
  );
  const selected = useDeviceUi((s) => s.selectedId === device.id);
  const select = useDeviceUi((s) => s.select);
  const place = devicePlace(row, views, locale, t);
  const latency = telemetry?.latencyMs ?? null;

  return (
    <tr
      className={selected ? "device-row is-selected" : "device-row"}
      data-testid={`device-row-${device.id}`}
      data-status={status}
      data-kind={device.kind}
      data-stale={stale}
      data-connected={connected}
      onClick={() => select(device.id)}
    >
      <td>
        <button type="button" className="link-button device-open" aria-expanded={selected}>
          {device.label ?? device.id}
        </button>
        <span className="muted block device-id">{device.id}</span>
      </td>
      <td>{t(`deviceKinds.${device.kind}`)}</td>
      <td>
        {place.room}
        {place.booth && <span className="muted block">{place.booth}</span>}
      </td>
      <td>
        {/* When the device is not connected its status is the last one known: greyed, not in live colours. */}
        <span className={stale ? "stale-status" : undefined}>
          <HealthBadge status={status} />
        </span>
        {stale && (
          <span className="stale-chip" data-testid="device-stale">
            {connected || live?.stale ? t("devices.stale") : t("devices.notConnected")}
          </span>
        )}
      </td>
      <td
        className="tabular"
        title={lastSeen ? DateTime.fromISO(lastSeen, { zone: views.zone }).toFormat("HH:mm:ss") : ""}
      >
        {lastSeen ? formatAgo(Date.parse(lastSeen), nowMs, locale) : t("devices.never")}
      </td>
      <td className={stale ? "tabular is-stale-value" : "tabular"}>
        {latency === null ? "—" : t("devices.latencyMs", { ms: Math.round(latency) })}
      </td>
      <td className={stale ? "is-stale-value" : undefined}>{live?.firmware ?? "—"}</td>
      <td
        data-testid="device-provisioned"
        data-provisioned={provisionedAt === undefined ? "unknown" : provisionedAt !== null}
      >
        {provisionedAt === undefined ? "…" : provisionedAt ? t("devices.yes") : t("devices.no")}
      </td>
    </tr>
  );
}

/** The devices table: one body per room, headed by the room's name. */
export function DeviceListTable({ views, groups }: { views: EventViews; groups: DeviceGroup[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const offsetMs = useHub((s) => s.serverOffsetMs);
  // "Last seen" times are the hub's wall clock: compare them with the hub's now, not this machine's.
  const nowMs = useWallNow(AGO_REFRESH_MS) + offsetMs;

  return (
    <table className="data-table devices-table" data-testid="devices-table">
      <thead>
        <tr>
          <th scope="col">{t("devices.colDevice")}</th>
          <th scope="col">{t("devices.colKind")}</th>
          <th scope="col">{t("devices.colPlace")}</th>
          <th scope="col">{t("devices.colStatus")}</th>
          <th scope="col">{t("devices.colLastSeen")}</th>
          <th scope="col">{t("devices.colLatency")}</th>
          <th scope="col">{t("devices.colFirmware")}</th>
          <th scope="col">{t("devices.colProvisioned")}</th>
        </tr>
      </thead>
      {groups.map((group) => {
        const room = group.roomId ? views.rooms.get(group.roomId) : undefined;
        return (
          <tbody key={group.roomId ?? "none"} data-testid={`devices-group-${group.roomId ?? "none"}`}>
            <tr className="devices-group">
              <th scope="colgroup" colSpan={8}>
                {room ? pickText(room.name, locale) : t("devices.unplaced")}
              </th>
            </tr>
            {group.rows.map((row) => (
              <DeviceListRowView key={row.device.id} row={row} views={views} nowMs={nowMs} />
            ))}
          </tbody>
        );
      })}
    </table>
  );
}
