import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { workingLedger } from "../../../../shared/interpretation/ledger";
import { planningWarnings } from "../../../../shared/interpretation/planning";
import { boothServes } from "../../../../shared/interpretation/turns";
import { sessionTimeLabel } from "../../format/sessionTime";
import { useLocale } from "../../i18n/i18n";
import type { EventViews } from "../../state/eventViews";
import { useHub } from "../../state/hubStore";
import { useNames } from "../names";
import { InterpreterTable } from "./InterpreterTable";
import { PlanningCheck } from "./PlanningCheck";
import { TeamEditor } from "./TeamEditor";

/** Interpreters, the day's teams per session and booth (editable), and the planning check beside them. */
export function RosterTab({ views, dayIndex }: { views: EventViews; dayIndex: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const event = views.event;
  const names = useNames(event);
  const assignments = useHub((s) => s.live?.assignments);
  const sessionsLive = useHub((s) => s.live?.sessions);
  const date = views.days[dayIndex]?.date;
  const live = useMemo(
    () => ({ assignments: assignments ?? {}, sessions: sessionsLive ?? {} }),
    [assignments, sessionsLive],
  );
  const warnings = useMemo(() => planningWarnings(event, live, date ? { date } : {}), [event, live, date]);
  const dayRows = useMemo(
    () => workingLedger(event, { ...live, booths: {} }, 0).filter((r) => r.date === date),
    [event, live, date],
  );
  const sessions = (views.sessionsByDay[dayIndex] ?? []).filter(
    (s) => s.languages.length > 1 && event.booths.some((b) => boothServes(b, s)),
  );

  return (
    <div className="interp-roster" data-testid="interp-roster">
      <InterpreterTable interpreters={event.people.interpreters} rows={dayRows} names={names} />
      <section className="panel roster-teams" aria-labelledby="interp-teams-heading">
        <header className="panel-header">
          <h2 id="interp-teams-heading">{t("interp.roster.teams")}</h2>
        </header>
        <div className="roster-scroll">
          {sessions.length === 0 ? (
            <p className="placeholder">{t("interp.roster.noSessions")}</p>
          ) : (
            sessions.map((session) => (
              <section
                key={session.id}
                className="roster-session"
                data-testid={`interp-roster-session-${session.id}`}
              >
                <header className="roster-session-head">
                  <h3>{names.session(session.id)}</h3>
                  <span className="muted tabular">
                    {names.room(session.roomId)} · {sessionTimeLabel(session, views.zone, locale)}
                  </span>
                </header>
                <div className="roster-editors">
                  {event.booths
                    .filter((b) => boothServes(b, session))
                    .map((booth) => (
                      <TeamEditor
                        key={booth.id}
                        event={event}
                        sessionId={session.id}
                        booth={booth}
                        names={names}
                      />
                    ))}
                </div>
              </section>
            ))
          )}
        </div>
      </section>
      <PlanningCheck warnings={warnings} names={names} />
    </div>
  );
}
