import type { TFunction } from "i18next";
import { DateTime } from "luxon";
import { useTranslation } from "react-i18next";
import { formatAgo } from "../format/relativeTime";
import { useLocale } from "../i18n/i18n";
import { type DeviceJournalEvent, useDeviceUi } from "../state/deviceUiStore";

const NONE: readonly DeviceJournalEvent[] = [];

// TFunction, not useTranslation's own type: that one grows with every key and hits TypeScript's depth limit.
function eventText(event: DeviceJournalEvent, t: TFunction): string {
  switch (event.type) {
    case "device.event": {
      const details = Object.entries(event.data).map(
        ([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`,
      );
      return details.length > 0 ? `${event.name} · ${details.join(", ")}` : event.name;
    }
    case "device.connected":
      return t("devices.eventConnected", { firmware: event.firmware ?? "?" });
    case "device.disconnected":
      return t("devices.eventDisconnected", { reason: event.reason });
    case "device.statusChanged":
      return t("devices.eventStatus", { status: t(`deviceStatus.${event.status}`) });
    case "device.tokenIssued":
      return t("devices.eventTokenIssued", { operator: event.actor.operator });
    case "device.tokenRevoked":
      return t("devices.eventTokenRevoked", { operator: event.actor.operator });
  }
}

/** The device's last journal events since this console connected, newest first. */
export function DeviceEventList({
  deviceId,
  zone,
  nowMs,
}: {
  deviceId: string;
  zone: string;
  nowMs: number;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const events = useDeviceUi((s) => s.recent[deviceId] ?? NONE);

  return (
    <section aria-labelledby="device-events-heading">
      <h3 id="device-events-heading">{t("devices.recentEvents")}</h3>
      {events.length === 0 ? (
        <p className="muted">{t("devices.noEvents")}</p>
      ) : (
        <ol className="device-events" data-testid="device-events">
          {[...events].reverse().map((event) => (
            <li
              key={event.seq}
              className={event.type === "device.event" ? "device-event is-device" : "device-event"}
              data-testid="device-event"
              data-type={event.type}
              data-name={event.type === "device.event" ? event.name : undefined}
            >
              {/* "12 s ago" reads the same in a rehearsal, where the venue clock is not the wall clock. */}
              <span
                className="tabular muted device-event-time"
                title={DateTime.fromISO(event.at, { zone }).toFormat("yyyy-MM-dd HH:mm:ss")}
              >
                {formatAgo(Date.parse(event.at), nowMs, locale)}
              </span>{" "}
              {eventText(event, t)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
