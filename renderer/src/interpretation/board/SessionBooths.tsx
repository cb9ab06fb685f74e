import { useTranslation } from "react-i18next";
import type { BoardSession } from "../../../../shared/interpretation/board";
import type { Alert } from "../../../../shared/live/liveState";
import type { DeviceStatus } from "../../../../shared/live/vocabulary";
import type { EventFile } from "../../../../shared/model/eventFile";
import type { Interpreter } from "../../../../shared/model/people";
import { sessionTimeLabel } from "../../format/sessionTime";
import { useLocale } from "../../i18n/i18n";
import { SESSION_STATUS_GLYPH } from "../../room/sessionSymbols";
import { alertConcernsBooth } from "../alertText";
import type { Names } from "../names";
import { BoothCard } from "./BoothCard";
import { type PivotRisk, RelayMapView } from "./RelayMapView";
import { boothConsoleId } from "./useBoothConsole";
import { useRelaySources } from "./useRelaySources";

interface SessionBoothsProps {
  event: EventFile;
  entry: BoardSession;
  people: Map<string, Interpreter>;
  health: Record<string, DeviceStatus>;
  alerts: Alert[];
  names: Names;
  deviceName: (id: string) => string;
}

/** One session of a room: its status, its relay map and a card per booth. */
export function SessionBooths({
  event,
  entry,
  people,
  health,
  alerts,
  names,
  deviceName,
}: SessionBoothsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { session, status, booths } = entry;
  const sources = useRelaySources(event, session.id, booths);
  const risk: PivotRisk = {};
  if (entry.active) {
    for (const alert of alerts) {
      const reason = alert.params?.reason;
      if (alert.rule === "interpretation.pivot-at-risk" && alert.subject.type === "booth")
        if (reason === "offline" || reason === "silent" || reason === "handing-over")
          risk[alert.subject.id] = reason;
    }
  }
  return (
    <section className="board-session" data-testid={`interp-session-${session.id}`} data-status={status}>
      <header className="board-session-head">
        <span className={`board-session-status session-status-${status}`}>
          <span aria-hidden="true">{SESSION_STATUS_GLYPH[status]}</span> {t(`sessionStatus.${status}`)}
        </span>
        <h3 className="board-session-title">{names.session(session.id)}</h3>
        <span className="muted tabular">{sessionTimeLabel(session, event.event.timeZone, locale)}</span>
      </header>
      <RelayMapView
        sessionId={session.id}
        boothIds={booths.map((b) => b.id)}
        sources={sources.effective}
        names={names}
        risk={risk}
      />
      <div className="booth-cards">
        {booths.map((booth) => {
          const consoleId = boothConsoleId(event, booth.id);
          return (
            <BoothCard
              key={booth.id}
              event={event}
              booth={booth}
              sessionId={session.id}
              booths={event.booths.filter((b) => b.roomId === booth.roomId)}
              sources={sources}
              people={people}
              health={health[booth.id] ?? "ok"}
              alerts={
                entry.active
                  ? alerts.filter((a) => alertConcernsBooth(a, booth.id, consoleId ? [consoleId] : []))
                  : []
              }
              names={names}
              deviceName={deviceName}
            />
          );
        })}
      </div>
    </section>
  );
}
