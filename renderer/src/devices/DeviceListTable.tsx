import { memo, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import type { DeviceGroup, DeviceListRow } from "../../../shared/views/deviceList";
import { HealthBadge } from "../detail/DeviceTable";
import { formatAgoParts } from "../format/relativeTime";
import { formatClock } from "../format/venueTime";
import { pickText, useLocale } from "../i18n/i18n";
import { useDeviceUi } from "../state/deviceUiStore";
import type { EventViews } from "../state/eventViews";
import { hubStore } from "../state/hubStore";
import { deviceAgoClock } from "./agoClock";
import { devicePlace } from "./devicePlace";
import { type DeviceRowLive, lastSeenOf, rowLiveSnapshot } from "./deviceRowLive";

function subscribeRowLive(listener: () => void): () => void {
  const unsubscribeHub = hubStore.subscribe(listener);
  const unsubscribeClock = deviceAgoClock.subscribe(listener);
  return () => {
    unsubscribeHub();
    unsubscribeClock();
  };
}

/**
 * The row's live values: it redraws when one of them changes (a new status, connection, latency, firmware
 * or age text), not on every frame the device sends nor on every tick of the ages' clock.
 */
function useDeviceRowLive(deviceId: string): DeviceRowLive {
  const [snapshot] = useState(() => rowLiveSnapshot(deviceId, hubStore.getState, deviceAgoClock.now));
  return useSyncExternalStore(subscribeRowLive, snapshot);
}

/** The cells that follow the event file only: drawn again when the language changes, not on live data. */
function DeviceStaticCells({
  row,
  views,
  selected,
}: {
  row: Pick<DeviceListRow, "device" | "roomId" | "booth">;
  views: EventViews;
  selected: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { device } = row;
  const place = devicePlace(row, views, locale, t);
  return (
    <>
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
    </>
  );
}

function DeviceListRowView({ row, views }: { row: DeviceListRow; views: EventViews }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { device, status } = row;
  const { connected, quiet, stale, latencyMs, firmware, ago } = useDeviceRowLive(device.id);
  const provisionedAt = useDeviceUi((s) =>
    s.provisionedAt ? (s.provisionedAt[device.id] ?? null) : undefined,
  );
  const selected = useDeviceUi((s) => s.selectedId === device.id);
  const select = useDeviceUi((s) => s.select);
  const lastSeenCell = useRef<HTMLTableCellElement>(null);
  // The exact time of the last frame is the cell's tooltip: written when the pointer comes to the cell or
  // focus to the row, rather than formatted on every frame the device sends.
  const showLastSeenTime = () => {
    const cell = lastSeenCell.current;
    if (!cell) return;
    const s = hubStore.getState();
    const lastSeen = lastSeenOf(s.live?.devices[device.id], s.telemetry[device.id]);
    cell.title = lastSeen ? formatClock(Date.parse(lastSeen), views.zone) : "";
  };
  const { roomId, booth } = row;
  const staticCells = useMemo(
    () => <DeviceStaticCells row={{ device, roomId, booth }} views={views} selected={selected} />,
    [device, roomId, booth, views, selected],
  );

  return (
    <tr
      className={selected ? "device-row is-selected" : "device-row"}
      data-testid={`device-row-${device.id}`}
      data-status={status}
      data-kind={device.kind}
      data-stale={stale}
      data-connected={connected}
      onClick={() => select(device.id)}
      onFocus={showLastSeenTime}
    >
      {staticCells}
      <td>
        {/* When the device is not connected its status is the last one known: greyed, not in live colours. */}
        <span className={stale ? "stale-status" : undefined}>
          <HealthBadge status={status} />
        </span>
        {stale && (
          <span className="stale-chip" data-testid="device-stale">
            {connected || quiet ? t("devices.stale") : t("devices.notConnected")}
          </span>
        )}
      </td>
      <td className="tabular" ref={lastSeenCell} onPointerEnter={showLastSeenTime}>
        {ago ? formatAgoParts(ago, locale) : t("devices.never")}
      </td>
      <td className={stale ? "tabular is-stale-value" : "tabular"}>
        {latencyMs === null ? "—" : t("devices.latencyMs", { ms: latencyMs })}
      </td>
      <td className={stale ? "is-stale-value" : undefined}>{firmware ?? "—"}</td>
      <td
        data-testid="device-provisioned"
        data-provisioned={provisionedAt === undefined ? "unknown" : provisionedAt !== null}
      >
        {provisionedAt === undefined ? "…" : provisionedAt ? t("devices.yes") : t("devices.no")}
      </td>
    </tr>
  );
}

/** A row redraws for its own changes only: `groups` is recomputed whenever any device's status changes. */
const DeviceListRowMemo = memo(
  DeviceListRowView,
  (a, b) =>
    a.views === b.views &&
    a.row.device === b.row.device &&
    a.row.status === b.row.status &&
    a.row.roomId === b.row.roomId &&
    a.row.booth === b.row.booth,
);

/** The devices table: one body per room, headed by the room's name. */
export function DeviceListTable({ views, groups }: { views: EventViews; groups: DeviceGroup[] }) {
  const { t } = useTranslation();
  const locale = useLocale();

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
              <DeviceListRowMemo key={row.device.id} row={row} views={views} />
            ))}
          </tbody>
        );
      })}
    </table>
  );
}
