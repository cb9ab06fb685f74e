import { useTranslation } from "react-i18next";
import { DEVICE_STATUSES, type DeviceStatus } from "../../../shared/live/vocabulary";
import { DEVICE_KINDS, type DeviceKind } from "../../../shared/model/devices";
import { NO_DEVICE_FILTER } from "../../../shared/views/deviceList";
import { useDeviceUi } from "../state/deviceUiStore";

/** Kind, status and free-text filters; the table below follows them at once. */
export function DeviceFilters() {
  const { t } = useTranslation();
  const filter = useDeviceUi((s) => s.filter);
  const setFilter = useDeviceUi((s) => s.setFilter);
  const filtered = filter.kind !== "all" || filter.status !== "all" || filter.text !== "";

  return (
    <search className="devices-filters">
      <label className="field">
        <span>{t("devices.filterKind")}</span>
        <select
          className="input"
          data-testid="devices-filter-kind"
          value={filter.kind}
          onChange={(e) => setFilter({ kind: e.target.value as DeviceKind | "all" })}
        >
          <option value="all">{t("devices.all")}</option>
          {DEVICE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`deviceKinds.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("devices.filterStatus")}</span>
        <select
          className="input"
          data-testid="devices-filter-status"
          value={filter.status}
          onChange={(e) => setFilter({ status: e.target.value as DeviceStatus | "all" })}
        >
          <option value="all">{t("devices.all")}</option>
          {DEVICE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`deviceStatus.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field devices-filter-text">
        <span>{t("devices.filterText")}</span>
        <input
          className="input"
          type="search"
          data-testid="devices-filter-text"
          placeholder={t("devices.filterTextPlaceholder")}
          value={filter.text}
          onChange={(e) => setFilter({ text: e.target.value })}
        />
      </label>
      <button
        type="button"
        className="button"
        data-testid="devices-filter-clear"
        disabled={!filtered}
        onClick={() => setFilter(NO_DEVICE_FILTER)}
      >
        {t("devices.clearFilters")}
      </button>
    </search>
  );
}
