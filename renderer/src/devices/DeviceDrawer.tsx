import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { DeviceDefinition } from "../../../shared/model/devices";
import { deviceStatusOf } from "../../../shared/views/deviceList";
import { PanelHeader } from "../components/PanelHeader";
import { useWallNow } from "../components/useWallNow";
import { HealthBadge } from "../detail/DeviceTable";
import { formatAgo } from "../format/relativeTime";
import { useLocale } from "../i18n/i18n";
import { useDeviceUi } from "../state/deviceUiStore";
import type { EventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";
import { DeviceCommandForm } from "./DeviceCommandForm";
import { DeviceEventList } from "./DeviceEventList";
import { DeviceLiveState } from "./DeviceLiveState";
import { DeviceProvisioning } from "./DeviceProvisioning";
import { devicePlace } from "./devicePlace";
import { useDeviceLiveness } from "./useDeviceLiveness";

interface DeviceDrawerProps {
  views: EventViews;
  device: DeviceDefinition;
}

/** One device in depth: its live state, recent events, commands and link. The table stays usable beside it. */
export function DeviceDrawer({ views, device }: DeviceDrawerProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const select = useDeviceUi((s) => s.select);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { live, telemetry, connected, lastSeen } = useDeviceLiveness(device.id);
  const booth = device.boothId ? (views.event.booths.find((b) => b.id === device.boothId) ?? null) : null;
  const place = devicePlace({ roomId: device.roomId ?? booth?.roomId ?? null, booth }, views, locale, t);
  const status = deviceStatusOf(device, live?.status);
  // Hub wall times, compared with the hub's now.
  const nowMs = useWallNow(1000) + useHub((s) => s.serverOffsetMs);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <aside
      className="detail-panel device-drawer"
      data-testid="device-drawer"
      data-id={device.id}
      data-connected={connected}
      aria-labelledby="device-drawer-heading"
    >
      <PanelHeader
        kicker={t(`deviceKinds.${device.kind}`)}
        closeTestId="device-drawer-close"
        onClose={() => select(null)}
      />
      <div className="detail-body">
        <h2 id="device-drawer-heading" ref={headingRef} tabIndex={-1}>
          {device.label ?? device.id}
        </h2>
        <dl className="detail-facts">
          <dt>{t("devices.colDevice")}</dt>
          <dd className="device-id">{device.id}</dd>
          <dt>{t("devices.colPlace")}</dt>
          <dd>{place.booth ? `${place.room} · ${place.booth}` : place.room}</dd>
          <dt>{t("devices.colStatus")}</dt>
          <dd data-testid="device-drawer-status" data-status={status}>
            <span className={connected ? undefined : "stale-status"}>
              <HealthBadge status={status} />
            </span>{" "}
            <span className={connected ? "health-ok" : "muted"}>
              {connected ? t("devices.connected") : t("devices.notConnected")}
            </span>
          </dd>
          <dt>{t("devices.colLastSeen")}</dt>
          <dd className="tabular">
            {lastSeen ? formatAgo(Date.parse(lastSeen), nowMs, locale) : t("devices.never")}
            {connected && telemetry?.latencyMs != null && (
              <span className="muted">
                {" "}
                · {t("devices.latencyMs", { ms: Math.round(telemetry.latencyMs) })}
              </span>
            )}
          </dd>
          <dt>{t("devices.colFirmware")}</dt>
          <dd>{live?.firmware ?? "—"}</dd>
          <dt>{t("devices.required")}</dt>
          <dd>{device.required ? t("devices.yes") : t("devices.no")}</dd>
        </dl>
        <DeviceLiveState deviceId={device.id} />
        <DeviceCommandForm device={device} connected={connected} />
        <DeviceEventList deviceId={device.id} zone={views.zone} nowMs={nowMs} />
        <DeviceProvisioning device={device} nowMs={nowMs} />
      </div>
    </aside>
  );
}
