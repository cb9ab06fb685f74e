import { DateTime } from "luxon";
import { useTranslation } from "react-i18next";
import { relayDistance } from "../../../../shared/interpretation/relay";
import { nextInterpreter } from "../../../../shared/interpretation/turns";
import { type Alert, assignmentKey } from "../../../../shared/live/liveState";
import type { AlertSeverity, DeviceStatus } from "../../../../shared/live/vocabulary";
import type { EventFile } from "../../../../shared/model/eventFile";
import type { Interpreter } from "../../../../shared/model/people";
import type { Booth } from "../../../../shared/model/programme";
import { HealthBadge } from "../../detail/DeviceTable";
import { useHub } from "../../state/hubStore";
import { alertText, SEVERITY_GLYPH } from "../alertText";
import type { Names } from "../names";
import { BoardTurnTimer } from "./BoardTurnTimer";
import { DistanceBadge, HandoverControl, RelayControl } from "./BoothControls";
import { ChannelState } from "./ChannelState";
import { TeamList } from "./TeamList";
import { useBoothConsole } from "./useBoothConsole";
import type { RelaySources } from "./useRelaySources";

export interface BoothCardProps {
  event: EventFile;
  booth: Booth;
  sessionId: string;
  /** The booths of the session, for the relay picker and the distance. */
  booths: Booth[];
  sources: RelaySources;
  people: Map<string, Interpreter>;
  health: DeviceStatus;
  /** Open alerts that concern this booth. */
  alerts: Alert[];
  names: Names;
  deviceName: (id: string) => string;
}

/** One booth working (or about to work) one session: everything a coordinator checks at a glance. */
export function BoothCard(props: BoothCardProps) {
  const { event, booth, sessionId, booths, sources, people, health, alerts, names, deviceName } = props;
  const { t } = useTranslation();
  const live = useHub((s) => s.live?.booths[booth.id]);
  const team = useHub((s) => s.live?.assignments[assignmentKey(sessionId, booth.id)]?.interpreterIds) ?? [];
  const console = useBoothConsole(event, booth.id);
  const working = live?.sessionId === sessionId;
  const activeId = working ? (live?.activeInterpreterId ?? null) : null;
  const nextId = working ? nextInterpreter(team, activeId) : (team[0] ?? null);
  const planned = sources.planned[booth.id] ?? "floor";
  const effective = sources.effective[booth.id] ?? planned;
  const distance = relayDistance(booth.id, (id) => sources.effective[id] ?? "floor");
  const silent = alerts.some((a) => a.rule === "interpretation.silent");
  // The hub's alerts, then a console that reports another source than the plan (the booth may be
  // listening to the wrong one), in one slot of fixed height: a new note never moves the card.
  const notes: { severity: AlertSeverity; text: string; testId?: string }[] = alerts.map((alert) => ({
    severity: alert.severity,
    text: alertText(alert, names, t, deviceName),
  }));
  if (effective !== planned) {
    notes.push({
      severity: "warning",
      text: t("interp.card.consoleReports", {
        source: names.source(effective),
        planned: names.source(planned),
      }),
      testId: `interp-relay-reported-${booth.id}`,
    });
  }
  const first = notes[0];
  // Only a handover in this session counts: the booth's last one may be from an earlier session.
  const last = live?.lastHandover ?? null;
  const handover =
    last &&
    live?.turns.some(
      (turn) => turn.sessionId === sessionId && turn.start === last.at && turn.interpreterId === last.to,
    )
      ? last
      : null;

  return (
    <article
      className={working ? "booth-card is-working" : "booth-card"}
      data-testid={`interp-booth-${booth.id}`}
      data-session={sessionId}
      data-working={working}
      data-active={activeId ?? ""}
      aria-labelledby={`interp-booth-title-${booth.id}-${sessionId}`}
    >
      <header className="booth-card-head">
        <h4 id={`interp-booth-title-${booth.id}-${sessionId}`} className="booth-card-title">
          {names.language(booth.language)}
          <span className="booth-card-channel tabular">
            {t("interp.card.channel", { channel: booth.outputChannel })}
          </span>
        </h4>
        <span className="booth-card-health" data-testid={`interp-health-${booth.id}`} data-status={health}>
          <HealthBadge status={health} />
        </span>
      </header>
      <p className="booth-card-session muted" data-testid={`interp-booth-session-${booth.id}`}>
        {working
          ? t("interp.card.working", { session: names.session(sessionId) })
          : t("interp.card.notWorking")}
      </p>
      <BoardTurnTimer boothId={booth.id} working={working} settings={event.interpretation} />
      <p className="last-handover muted tabular" data-testid={`interp-last-handover-${booth.id}`}>
        {working && handover
          ? t("interp.card.lastHandover", {
              time: DateTime.fromISO(handover.at, { zone: event.event.timeZone }).toFormat("HH:mm:ss"),
              from: handover.from ? names.interpreter(handover.from) : "—",
              to: names.interpreter(handover.to),
              by: handover.by.operator,
            })
          : t("interp.card.noHandover")}
      </p>
      <TeamList
        boothId={booth.id}
        team={team}
        people={people}
        activeId={activeId}
        nextId={nextId}
        partner={console.current ? console.signal.partnerStatus : null}
        names={names}
      />
      <div className="booth-card-relay">
        <RelayControl booth={booth} booths={booths} working={working} planned={planned} names={names} />
        <DistanceBadge boothId={booth.id} distance={distance} />
      </div>
      <ChannelState boothId={booth.id} outputChannel={booth.outputChannel} view={console} silent={silent} />
      {working && activeId !== null && (
        <HandoverControl
          key={activeId}
          boothId={booth.id}
          team={team}
          activeId={activeId}
          nextId={nextId}
          names={names}
        />
      )}
      <div
        className="booth-card-alerts"
        data-testid={`interp-booth-alerts-${booth.id}`}
        data-count={notes.length}
      >
        {first ? (
          <p
            className={`card-alert severity-${first.severity}`}
            title={first.text}
            data-testid={first.testId}
          >
            {SEVERITY_GLYPH[first.severity]} {first.text}
            {notes.length > 1 && (
              <span className="card-alert-more">
                {" "}
                {t("interp.card.moreAlerts", { count: notes.length - 1 })}
              </span>
            )}
          </p>
        ) : (
          <p className="card-alert-none muted">✓ {t("interp.card.noAlerts")}</p>
        )}
      </div>
    </article>
  );
}
