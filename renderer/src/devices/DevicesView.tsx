import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { deviceStatusOf, groupDevicesByRoom } from "../../../shared/views/deviceList";
import { StaleBanner } from "../components/StaleBanner";
import { fetchProvisionedAt } from "../net/deviceApi";
import { useDeviceUi } from "../state/deviceUiStore";
import type { EventViews } from "../state/eventViews";
import { selectStale, useHub } from "../state/hubStore";
import { DeviceDrawer } from "./DeviceDrawer";
import { DeviceFilters } from "./DeviceFilters";
import { DeviceListTable } from "./DeviceListTable";

/** Reads which devices have a link issued: when the view opens and whenever a link changes. */
function useProvisionedAt(): void {
  const version = useDeviceUi((s) => s.provisioningVersion);
  const setProvisionedAt = useDeviceUi((s) => s.setProvisionedAt);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version means a link changed: read again.
  useEffect(() => {
    let current = true;
    void fetchProvisionedAt().then((provisionedAt) => {
      if (current && provisionedAt) setProvisionedAt(provisionedAt);
    });
    return () => {
      current = false;
    };
  }, [version, setProvisionedAt]);
}

/** Every on-site device of the event, by room, with its health, link and a drawer to act on it. */
export function DevicesView({ views }: { views: EventViews }) {
  const { t } = useTranslation();
  useProvisionedAt();
  const filter = useDeviceUi((s) => s.filter);
  const selectedId = useDeviceUi((s) => s.selectedId);
  const liveDevices = useHub((s) => s.live?.devices);
  const stale = useHub(selectStale);
  const groups = useMemo(
    () => groupDevicesByRoom(views.event, (d) => deviceStatusOf(d, liveDevices?.[d.id]?.status), filter),
    [views.event, liveDevices, filter],
  );
  const shown = groups.reduce((sum, g) => sum + g.rows.length, 0);
  const selected = views.event.devices.find((d) => d.id === selectedId);

  return (
    <div className="devices-view" data-testid="devices-view">
      <section className="panel devices-panel" aria-labelledby="devices-heading" data-stale={stale}>
        <header className="panel-header">
          <h2 id="devices-heading">{t("devices.heading")}</h2>
          {stale && <StaleBanner />}
          <span className="muted tabular" data-testid="devices-count">
            {t("devices.count", { shown, total: views.event.devices.length })}
          </span>
        </header>
        <DeviceFilters />
        <div className="devices-scroll">
          {shown === 0 ? (
            <p className="placeholder" data-testid="devices-empty">
              {t("devices.noMatch")}
            </p>
          ) : (
            <DeviceListTable views={views} groups={groups} />
          )}
        </div>
      </section>
      {selected && <DeviceDrawer key={selected.id} views={views} device={selected} />}
    </div>
  );
}
