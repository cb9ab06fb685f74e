import { useTranslation } from "react-i18next";
import { useDeviceLiveness } from "./useDeviceLiveness";

const show = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

/** The device's merged state from telemetry; greyed and labelled as last known when it is not current. */
export function DeviceLiveState({ deviceId }: { deviceId: string }) {
  const { t } = useTranslation();
  const { telemetry, stale } = useDeviceLiveness(deviceId);
  const entries = Object.entries(telemetry?.state ?? {});

  return (
    <section aria-labelledby="device-state-heading">
      <h3 id="device-state-heading">{t("devices.liveState")}</h3>
      {entries.length === 0 ? (
        <p className="muted">{t("devices.noState")}</p>
      ) : (
        <>
          {stale && (
            <p className="stale-note" data-testid="device-state-stale">
              <span className="stale-chip">{t("devices.stale")}</span> {t("devices.liveStateStale")}
            </p>
          )}
          <table
            className={stale ? "data-table device-state is-stale-value" : "data-table device-state"}
            data-testid="device-state"
            data-stale={stale}
          >
            <tbody>
              {entries.map(([key, value]) => (
                <tr key={key} data-testid={`device-state-${key}`}>
                  <th scope="row">{key}</th>
                  <td className="tabular">{show(value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
