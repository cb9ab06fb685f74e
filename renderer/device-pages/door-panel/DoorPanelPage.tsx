import { DateTime } from "luxon";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { ROOM_STATUSES, type RoomStatus } from "../../../shared/live/vocabulary";
import type { Session } from "../../../shared/model/programme";
import { roomNowNext } from "../../../shared/views/roomNowNext";
import { ROOM_STATUS_GLYPH } from "../../src/components/symbols";
import { sessionTimeLabel } from "../../src/format/sessionTime";
import { formatShortDate } from "../../src/format/venueTime";
import { pickText, useLocale } from "../../src/i18n/i18n";
import { usePublicData, useVenueNow } from "../data/publicData";
import { deviceLink } from "../link/deviceRuntime";
import { type DoorShown, useDoorPanel } from "./doorPanelStore";

const isRoomStatus = (value: string): value is RoomStatus =>
  (ROOM_STATUSES as readonly string[]).includes(value);

function SessionBlock({
  label,
  session,
  zone,
  nowMs,
  testId,
  empty,
}: {
  label: string;
  session: Session | null;
  zone: string;
  nowMs: number | null;
  testId: string;
  empty: string;
}) {
  const locale = useLocale();
  const otherDay =
    session !== null &&
    nowMs !== null &&
    !DateTime.fromISO(session.start, { zone }).hasSame(DateTime.fromMillis(nowMs, { zone }), "day");
  return (
    <section className="door-session" data-testid={testId} data-session-id={session?.id ?? ""}>
      <h3 className="door-label">{label}</h3>
      {session ? (
        <>
          <p className="door-title">{pickText(session.title, locale)}</p>
          <p className="door-time tabular">
            {otherDay ? `${formatShortDate(Date.parse(session.start), zone, locale)} · ` : ""}
            {sessionTimeLabel(session, zone, locale)}
          </p>
        </>
      ) : (
        <p className="door-empty">{empty}</p>
      )}
    </section>
  );
}

/**
 * Until the hub says what to show (it does after welcome and on changes), the schedule and the last room
 * status read over HTTP stand in, so a panel never sits blank beside a room in use.
 */
function useShown(deviceId: string, nowMs: number | null): DoorShown | null {
  const commanded = useDoorPanel((s) => s.shown);
  const event = usePublicData((s) => s.event);
  const rooms = usePublicData((s) => s.rooms);
  if (commanded) return commanded;
  const roomId = event?.devices.find((d) => d.id === deviceId)?.roomId;
  if (!event || !roomId || nowMs === null) return null;
  const { current, next } = roomNowNext(event.sessions, roomId, nowMs);
  return {
    roomStatus: rooms[roomId]?.status ?? "closed",
    currentSessionId: current?.id ?? null,
    nextSessionId: next?.id ?? null,
  };
}

/** Outside a room: its name and status, the session on now and the next one, as the hub tells it. */
export function DoorPanelPage({ deviceId }: { deviceId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const brightness = useDoorPanel((s) => s.brightness);
  const event = usePublicData((s) => s.event);
  const nowMs = useVenueNow(15_000);
  const shown = useShown(deviceId, nowMs);
  const showingSessionId = shown?.currentSessionId ?? null;

  useEffect(() => {
    deviceLink().report({ showingSessionId, brightness });
  }, [showingSessionId, brightness]);
  if (!event) return <p className="device-waiting">{t("devicePage.loading")}</p>;
  const zone = event.event.timeZone;
  const roomId = event.devices.find((d) => d.id === deviceId)?.roomId;
  const room = event.venue.rooms.find((r) => r.id === roomId);
  const session = (id: string | null | undefined) => event.sessions.find((s) => s.id === id) ?? null;
  const status = shown?.roomStatus ?? null;

  return (
    // Dimmed as the hub asks, but never below what can still be read in a bright corridor.
    <div
      className="door"
      data-testid="door-panel"
      style={{ filter: `brightness(${Math.max(0.35, brightness)})` }}
    >
      <div className="door-room">
        <h2 className="door-room-name" data-testid="door-room-name">
          {room ? pickText(room.name, locale) : (roomId ?? deviceId)}
        </h2>
        {status && (
          <span
            className={`status-pill status-${status} door-status`}
            data-testid="door-status"
            data-status={status}
          >
            {isRoomStatus(status)
              ? `${ROOM_STATUS_GLYPH[status] ?? ""} ${t(`roomStatus.${status}`)}`.trim()
              : status}
          </span>
        )}
      </div>
      {shown ? (
        <>
          <SessionBlock
            label={t("devicePage.door.now")}
            session={session(shown.currentSessionId)}
            zone={zone}
            nowMs={nowMs}
            testId="door-current"
            empty={t("devicePage.door.nothingNow")}
          />
          <SessionBlock
            label={t("devicePage.door.next")}
            session={session(shown.nextSessionId)}
            zone={zone}
            nowMs={nowMs}
            testId="door-next"
            empty={t("devicePage.door.nothingNext")}
          />
        </>
      ) : (
        <p className="device-waiting">{t("devicePage.door.waiting")}</p>
      )}
    </div>
  );
}
