import { DateTime } from "luxon";
import { type RefObject, useState } from "react";
import { useTranslation } from "react-i18next";
import { ROOM_TRANSITIONS } from "../../../shared/live/roomTransitions";
import type { RoomStatus } from "../../../shared/live/vocabulary";
import { rollUpDeviceHealth } from "../../../shared/views/deviceHealth";
import { DEVICE_GLYPH, ISSUE_GLYPH, ROOM_STATUS_GLYPH } from "../components/symbols";
import { pickText, useLocale } from "../i18n/i18n";
import { sendCommand } from "../net/hubConnection";
import type { EventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";
import { DeviceTable, HealthBadge } from "./DeviceTable";
import { RoomIssueForm } from "./RoomIssueForm";
import { RoomSessions } from "./RoomSessions";

interface RoomDetailProps {
  views: EventViews;
  roomId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function RoomDetail({ views, roomId, headingRef }: RoomDetailProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const live = useHub((s) => s.live?.rooms[roomId]);
  const devices = useHub((s) => s.live?.devices);
  const connected = useHub((s) => s.link === "connected");
  const [failure, setFailure] = useState<string | null>(null);
  const room = views.rooms.get(roomId);
  if (!room) return null;
  const status = live?.status ?? "closed";
  const floor = views.event.venue.floors.find((f) => f.id === room.floorId);
  const health = devices ? rollUpDeviceHealth(views.event, { devices }) : null;
  const booths = views.event.booths.filter((b) => b.roomId === roomId);
  const languages = new Map(views.event.languages.map((l) => [l.code, l]));
  const changed = live?.changed;

  const move = async (to: RoomStatus) => {
    setFailure(null);
    const outcome = await sendCommand({ type: "room.setStatus", roomId, status: to });
    if (!outcome.ok) setFailure(t("detail.statusFailed", { message: outcome.error.message }));
  };

  return (
    <>
      <h2 id="detail-heading" ref={headingRef} tabIndex={-1}>
        {pickText(room.name, locale)}
      </h2>
      <dl className="detail-facts">
        <dt>{t("detail.type")}</dt>
        <dd>{t(`roomTypes.${room.type}`)}</dd>
        <dt>{t("detail.capacity")}</dt>
        <dd className="tabular">{room.capacity}</dd>
        <dt>{t("detail.floor")}</dt>
        <dd>{floor ? pickText(floor.name, locale) : room.floorId}</dd>
        <dt>{t("detail.status")}</dt>
        <dd>
          <span className={`status-pill status-${status}`} data-testid="detail-room-status">
            {ROOM_STATUS_GLYPH[status] ? `${ROOM_STATUS_GLYPH[status]} ` : ""}
            {t(`roomStatus.${status}`)}
          </span>
        </dd>
        <dt>{t("detail.issue")}</dt>
        <dd className={live?.issue ? "issue-text" : undefined}>
          {live?.issue ? `${ISSUE_GLYPH} ${live.issue}` : t("detail.noIssue")}
        </dd>
        <dt>{t("detail.health")}</dt>
        <dd>{health && <HealthBadge status={health.rooms[roomId] ?? "ok"} />}</dd>
        {changed && (
          <>
            <dt>{t("detail.lastChange")}</dt>
            <dd>
              {t("detail.changedBy", {
                time: DateTime.fromISO(changed.at, { zone: views.zone }).toFormat("HH:mm:ss"),
                operator: changed.by.operator,
                workstation: changed.by.workstation,
              })}
            </dd>
          </>
        )}
      </dl>
      <fieldset className="plain-fieldset detail-actions">
        <legend className="muted">{t("detail.changeStatus")}</legend>
        {ROOM_TRANSITIONS[status].map((to) => (
          <button
            key={to}
            type="button"
            className="button"
            data-testid={`room-move-${to}`}
            disabled={!connected}
            onClick={() => void move(to)}
          >
            {t(`roomStatus.${to}`)}
          </button>
        ))}
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
      </fieldset>
      <RoomIssueForm roomId={roomId} />
      <RoomSessions views={views} roomId={roomId} />
      <h3>{t("detail.booths")}</h3>
      {booths.length === 0 ? (
        <p className="muted">{t("detail.noBooths")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t("detail.language")}</th>
              <th>{t("detail.channel")}</th>
              <th>{t("detail.health")}</th>
            </tr>
          </thead>
          <tbody>
            {booths.map((booth) => {
              const language = languages.get(booth.language);
              const boothHealth = health?.booths[booth.id] ?? "ok";
              return (
                <tr key={booth.id} data-testid={`booth-${booth.id}`}>
                  <td>{language ? pickText(language.name, locale) : booth.language}</td>
                  <td className="tabular">{booth.outputChannel}</td>
                  <td>
                    <span className={`health-inline health-${boothHealth}`}>
                      {DEVICE_GLYPH[boothHealth]} {t(`deviceStatus.${boothHealth}`)}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <DeviceTable views={views} roomId={roomId} />
    </>
  );
}
