import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { boardRooms } from "../../../../shared/interpretation/board";
import { rollUpDeviceHealth } from "../../../../shared/views/deviceHealth";
import type { EventViews } from "../../state/eventViews";
import { useHub } from "../../state/hubStore";
import { openAlerts } from "../alertText";
import { useInterpretation } from "../interpretationStore";
import { useNames } from "../names";
import { AlertStrip } from "./AlertStrip";
import { RequestQueue } from "./RequestQueue";
import { SessionBooths } from "./SessionBooths";

const isInterpretation = (rule: string) => rule.startsWith("interpretation.");

/** The coordinator's board: alerts on top, booths by room, the booths' requests on the side. */
export function BoardTab({ views, dayIndex }: { views: EventViews; dayIndex: number }) {
  const { t } = useTranslation();
  const event = views.event;
  const names = useNames(event);
  const sessions = useHub((s) => s.live?.sessions);
  const devices = useHub((s) => s.live?.devices);
  const alerts = useHub((s) => s.live?.alerts);
  const wholeDay = useInterpretation((s) => s.wholeDay);
  const day = views.sessionsByDay[dayIndex] ?? [];
  const rooms = useMemo(
    () => boardRooms(event, { sessions: sessions ?? {} }, wholeDay ? day : null),
    [event, sessions, wholeDay, day],
  );
  const health = useMemo(
    () => (devices ? rollUpDeviceHealth(event, { devices }).booths : {}),
    [event, devices],
  );
  const boothAlerts = useMemo(
    () => openAlerts(alerts ?? {}, (a) => isInterpretation(a.rule) || a.rule === "device.offline"),
    [alerts],
  );
  const stripAlerts = useMemo(() => boothAlerts.filter((a) => isInterpretation(a.rule)), [boothAlerts]);
  const people = useMemo(() => new Map(event.people.interpreters.map((p) => [p.id, p])), [event]);
  const deviceName = (id: string) => event.devices.find((d) => d.id === id)?.label ?? id;

  return (
    <div className="interp-board" data-testid="interp-board">
      <AlertStrip alerts={stripAlerts} names={names} zone={views.zone} deviceName={deviceName} />
      <div className="board-rooms" data-testid="interp-rooms">
        {rooms.length === 0 ? (
          <p className="placeholder" data-testid="interp-board-empty">
            {wholeDay ? t("interp.board.noneToday") : t("interp.board.noneLive")}
          </p>
        ) : (
          rooms.map((room) => (
            <section
              key={room.roomId}
              className={room.active ? "board-room is-active" : "board-room"}
              data-testid={`interp-room-${room.roomId}`}
              aria-labelledby={`interp-room-title-${room.roomId}`}
            >
              <h2 id={`interp-room-title-${room.roomId}`} className="board-room-title">
                {names.room(room.roomId)}
              </h2>
              {room.sessions.map((entry) => (
                <SessionBooths
                  key={entry.session.id}
                  event={event}
                  entry={entry}
                  people={people}
                  health={health}
                  alerts={boothAlerts}
                  names={names}
                  deviceName={deviceName}
                />
              ))}
            </section>
          ))
        )}
      </div>
      <RequestQueue names={names} zone={views.zone} />
    </div>
  );
}
