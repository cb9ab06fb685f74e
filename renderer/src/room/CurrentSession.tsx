import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SESSION_TRANSITIONS } from "../../../shared/live/sessionTransitions";
import type { Session } from "../../../shared/model/programme";
import type { SessionGoNoGo } from "../../../shared/readiness/readinessViews";
import { sessionEndMs, sessionStartMs } from "../../../shared/views/schedule";
import { formatTime } from "../format/venueTime";
import { pickText, useLocale } from "../i18n/i18n";
import { SessionEditButton } from "../programme/ProgrammeDialogs";
import { usePermission } from "../signin/usePermission";
import type { EventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";
import { askHold, runCommand, sessionCommand } from "./roomActions";
import { useRoomView } from "./roomViewStore";
import { SessionTimers } from "./SessionTimers";
import { SpeakersReadiness } from "./SpeakersReadiness";
import { SESSION_STATUS_GLYPH } from "./sessionSymbols";

interface CurrentSessionProps {
  views: EventViews;
  session: Session;
  /** False when the stage manager picked another session than the room's current one. */
  isCurrent: boolean;
  goNoGo: SessionGoNoGo | null;
}

/** The session in focus, large: status, timers, the hold banner and the lifecycle buttons. */
export function CurrentSession({ views, session, isCurrent, goNoGo }: CurrentSessionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const live = useHub((s) => s.live?.sessions[session.id]);
  const connected = useHub((s) => s.link === "connected");
  const failure = useRoomView((s) => s.failure);
  const askReason = useRoomView((s) => s.askReason);
  const [shortenBy, setShortenBy] = useState("5");
  const status = live?.status ?? "scheduled";
  const allowed = SESSION_TRANSITIONS[status];
  const hold = status === "hold" ? live?.holds.at(-1) : undefined;
  const id = session.id;
  const permission = usePermission({ type: "session.start", sessionId: id });
  const reason = permission.allowed ? undefined : permission.reason;

  return (
    <div className="current-session" data-testid="room-current" data-session={id} data-status={status}>
      <div className="current-head">
        <p className={`current-status session-status-${status}`} data-testid="room-current-status">
          <span aria-hidden="true">{SESSION_STATUS_GLYPH[status]}</span> {t(`sessionStatus.${status}`)}
        </p>
        <div className="current-title">
          <span className="muted">{isCurrent ? t("room.current") : t("room.picked")}</span>
          <h2 data-testid="room-current-title">{pickText(session.title, locale)}</h2>
          <span className="muted tabular">
            {formatTime(sessionStartMs(session), views.zone)}–{formatTime(sessionEndMs(session), views.zone)}
            {(live?.shortenMinutes ?? 0) > 0 &&
              ` · ${t("room.shortened", { minutes: live?.shortenMinutes })}`}
          </span>
          <SpeakersReadiness goNoGo={goNoGo} />
        </div>
        <SessionEditButton sessionId={id} compact />
      </div>
      <SessionTimers session={session} />
      <div className="hold-slot">
        {hold && (
          <p className="hold-banner" role="status" data-testid="room-hold-banner">
            <strong>Ⅱ {t("room.onHold")}</strong> {hold.reason}
          </p>
        )}
        {status === "cancelled" && live?.cancelReason && (
          <p className="hold-banner" role="status" data-testid="room-cancel-banner">
            <strong>✕ {t("sessionStatus.cancelled")}</strong> {live.cancelReason}
          </p>
        )}
      </div>
      <fieldset
        className="plain-fieldset session-actions"
        disabled={!connected || !permission.allowed}
        title={reason}
        aria-description={reason}
      >
        <legend className="sr-only">{t("room.controls")}</legend>
        <button
          type="button"
          className="button"
          data-testid="room-standby"
          disabled={!allowed.includes("standby")}
          onClick={() => void sessionCommand("session.standby", id)}
        >
          {t("room.action.standby")}
        </button>
        <button
          type="button"
          className="button button-go"
          data-testid="room-start"
          disabled={status === "hold" || !allowed.includes("live")}
          onClick={() => void sessionCommand("session.start", id)}
        >
          {t("room.action.start")} <kbd>⇧S</kbd>
        </button>
        <button
          type="button"
          className="button button-hold"
          data-testid="room-hold"
          disabled={!allowed.includes("hold")}
          onClick={() => askHold(id)}
        >
          {t("room.action.hold")} <kbd>H</kbd>
        </button>
        <button
          type="button"
          className="button"
          data-testid="room-resume"
          disabled={status !== "hold"}
          onClick={() => void sessionCommand("session.resume", id)}
        >
          {t("room.action.resume")} <kbd>R</kbd>
        </button>
        <button
          type="button"
          className="button"
          data-testid="room-end"
          disabled={!allowed.includes("ended")}
          onClick={() => void sessionCommand("session.end", id)}
        >
          {t("room.action.end")} <kbd>⇧E</kbd>
        </button>
        <button
          type="button"
          className="button button-danger"
          data-testid="room-cancel"
          disabled={!allowed.includes("cancelled")}
          onClick={() => askReason({ kind: "cancel", sessionId: id })}
        >
          {t("room.action.cancel")}
        </button>
        <form
          className="shorten-form"
          onSubmit={(e) => {
            e.preventDefault();
            void runCommand({ type: "session.shorten", sessionId: id, minutes: Number(shortenBy) });
          }}
        >
          <label>
            <span className="sr-only">{t("room.shortenMinutes")}</span>
            <input
              className="input shorten-input tabular"
              type="number"
              min={0}
              max={600}
              step={1}
              required
              value={shortenBy}
              data-testid="room-shorten-minutes"
              onChange={(e) => setShortenBy(e.currentTarget.value)}
            />
          </label>
          <button type="submit" className="button" data-testid="room-shorten">
            {t("room.action.shorten")}
          </button>
        </form>
      </fieldset>
      <p className="form-error room-failure" role="alert" data-testid="room-failure">
        {failure ?? (reason ? `⊘ ${reason}` : null)}
      </p>
    </div>
  );
}
