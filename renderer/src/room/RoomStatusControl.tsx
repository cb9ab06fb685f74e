import { useTranslation } from "react-i18next";
import { ROOM_TRANSITIONS } from "../../../shared/live/roomTransitions";
import { ISSUE_GLYPH, ROOM_STATUS_GLYPH } from "../components/symbols";
import { usePermission } from "../signin/usePermission";
import { useHub } from "../state/hubStore";
import { runCommand } from "./roomActions";

/** The room's status and the moves allowed from it (the same rules the hub enforces). */
export function RoomStatusControl({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const live = useHub((s) => s.live?.rooms[roomId]);
  const connected = useHub((s) => s.link === "connected");
  const status = live?.status ?? "closed";
  // Disabled, never hidden, for a role that may not move this room; the hub refuses it anyway.
  const permission = usePermission({ type: "room.setStatus", roomId, status: "setup" });
  const reason = permission.allowed ? undefined : permission.reason;
  return (
    <div className="room-status-control">
      <span className={`status-pill status-${status}`} data-testid="room-status">
        {ROOM_STATUS_GLYPH[status] ? `${ROOM_STATUS_GLYPH[status]} ` : ""}
        {t(`roomStatus.${status}`)}
      </span>
      <fieldset
        className="plain-fieldset room-moves"
        disabled={!connected || !permission.allowed}
        title={reason}
        aria-description={reason}
        data-testid="room-moves"
      >
        <legend className="sr-only">{t("detail.changeStatus")}</legend>
        <span className="muted" aria-hidden="true">
          {t("detail.changeStatus")}
        </span>
        {ROOM_TRANSITIONS[status].map((to) => (
          <button
            key={to}
            type="button"
            className="button"
            data-testid={`room-status-move-${to}`}
            onClick={() => void runCommand({ type: "room.setStatus", roomId, status: to })}
          >
            {t(`roomStatus.${to}`)}
          </button>
        ))}
      </fieldset>
      {live?.issue && (
        <span className="issue-text room-issue">
          {ISSUE_GLYPH} {live.issue}
        </span>
      )}
    </div>
  );
}
