import { useTranslation } from "react-i18next";
import type { DeviceStatus } from "../../../shared/live/vocabulary";
import type { Room } from "../../../shared/model/venue";
import { DEVICE_GLYPH, ISSUE_GLYPH, ROOM_STATUS_GLYPH } from "../components/symbols";
import { pickText, useLocale } from "../i18n/i18n";
import { useHub } from "../state/hubStore";
import { useUi } from "../state/uiStore";
import type { Box } from "./geometry";

/** Height of one line of label text with its spacing, in pixels. */
const ROW_PX = 25;

interface RoomLabelProps {
  room: Room;
  /** Label rectangle in screen pixels, relative to the plan. */
  box: Box;
  health: DeviceStatus;
  selected: boolean;
}

/**
 * The room's name, status word, issue and device health, over its shape. It is also the room's
 * button, so the click target is the room itself rather than a small marker.
 */
export function RoomLabel({ room, box, health, selected }: RoomLabelProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const live = useHub((s) => s.live?.rooms[room.id]);
  const select = useUi((s) => s.select);
  const status = live?.status ?? "closed";
  const issue = live?.issue ?? null;
  const name = pickText(room.name, locale);
  const statusWord = t(`roomStatus.${status}`);
  const healthWord = t(`deviceStatus.${health}`);
  // Lay out by the rows that fit: the status row always, then the name, then the issue's text.
  const rows = Math.floor((box.y1 - box.y0 - 8) / ROW_PX);
  const issueAsText = issue !== null && rows >= 4;
  const nameLines = rows >= (issueAsText ? 5 : 4) ? 2 : 1;
  const compact = rows < 3;
  const glyph = ROOM_STATUS_GLYPH[status];
  const classes = [
    "room-label",
    `status-${status}`,
    issue ? "has-issue" : "",
    selected ? "is-selected" : "",
    compact ? "is-compact" : "",
    nameLines === 1 ? "name-one-line" : "",
  ];

  return (
    <button
      type="button"
      className={classes.filter(Boolean).join(" ")}
      style={{ left: box.x0, top: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 }}
      data-testid={`room-${room.id}`}
      data-status={status}
      data-health={health}
      aria-pressed={selected}
      aria-label={[
        t("plan.roomLabel", { name, status: statusWord }),
        issue ? t("plan.issue", { issue }) : "",
        t("plan.devices", { status: healthWord }),
      ]
        .filter(Boolean)
        .join(". ")}
      onClick={() => select({ type: "room", id: room.id })}
    >
      <span className="room-name">{name}</span>
      <span className="room-status">
        {glyph && <span aria-hidden="true">{glyph} </span>}
        {statusWord}
      </span>
      {issue && (
        <span className={issueAsText ? "room-issue" : "room-issue is-glyph"} title={issue}>
          {ISSUE_GLYPH}
          {issueAsText && ` ${issue}`}
        </span>
      )}
      {/* A cramped room shows device health only when something is wrong (the label says it anyway). */}
      {(!compact || health !== "ok") && (
        <span className={`health-badge health-${health}`} data-testid={`room-health-${room.id}`}>
          <span aria-hidden="true">{DEVICE_GLYPH[health]}</span>
          {health !== "ok" && <span className="health-word">{healthWord}</span>}
        </span>
      )}
    </button>
  );
}
