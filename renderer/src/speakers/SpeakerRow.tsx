import { useTranslation } from "react-i18next";
import { type Alert, readinessKey } from "../../../shared/live/liveState";
import type { EventFile } from "../../../shared/model/eventFile";
import type { Speaker } from "../../../shared/model/people";
import type { SpeakerReadiness } from "../../../shared/readiness/readiness";
import { useLocale } from "../i18n/i18n";
import type { Names } from "../interpretation/names";
import { useHub } from "../state/hubStore";
import { CheckInControl } from "./CheckInControl";
import { ChecklistItem } from "./ChecklistItem";
import { ReadinessMark } from "./ReadinessMark";
import { RemoteClockBlock } from "./RemoteClockBlock";
import { SpeakerAlerts } from "./SpeakerAlerts";
import { otherScriptName, speakerName } from "./speakerNames";

export interface SpeakerRowProps {
  event: EventFile;
  sessionId: string;
  entry: SpeakerReadiness;
  person: Speaker | undefined;
  /** The session still to start: its speakers have a go/no-go and late items. */
  watched: boolean;
  /** Why this operator may not tick items here (not signed in, another room); null when they may. */
  blocked: string | null;
  /** Ended or cancelled: nobody checks in for it any more. */
  finished: boolean;
  /** The session is on the venue's today (check-in then covers all the speaker's sessions today). */
  isToday: boolean;
  startMs: number;
  nowMs: number;
  alerts: Alert[];
  names: Names;
  nameOf: (id: string) => string;
  deviceName: (id: string) => string;
}

/** One speaker of a session: who, their go/no-go and alerts, the checklist, and arrival or their clock. */
export function SpeakerRow(props: SpeakerRowProps) {
  const { event, sessionId, entry, person, watched, blocked, finished, isToday, startMs, nowMs, alerts } =
    props;
  const { t } = useTranslation();
  const locale = useLocale();
  const id = `${sessionId}-${entry.personId}`;
  const checks = useHub((s) => s.live?.readiness[readinessKey(sessionId, entry.personId)]);
  const name = person ? speakerName(person, locale) : entry.personId;
  const other = person ? otherScriptName(person, locale) : null;
  const newestVersion = checks?.["slides-received"]?.version ?? null;

  return (
    <article
      className="spk-row"
      data-testid={`spk-speaker-${id}`}
      data-status={watched ? entry.status : "none"}
      aria-label={name}
    >
      <div className="spk-row-head">
        <span className="spk-row-mark">
          {watched && (
            <ReadinessMark
              status={entry.status}
              variant="word"
              label={t(`readiness.${entry.status}`)}
              testId={`spk-speaker-mark-${id}`}
            />
          )}
        </span>
        <p className="spk-who">
          <span className="spk-name">{name}</span>
          {other && <span className="spk-name-other">{other}</span>}
          <span className="spk-meta">
            {t(`speakerRoles.${entry.role}`)} ·{" "}
            <span className={`spk-mode mode-${entry.mode}`}>{t(`speakerModes.${entry.mode}`)}</span>
            {person && ` · ${person.organisation}, ${person.city}`}
          </span>
        </p>
        <SpeakerAlerts
          alerts={alerts}
          names={props.names}
          speakerName={props.nameOf}
          deviceName={props.deviceName}
          testId={`spk-alerts-${id}`}
        />
      </div>
      <div className="spk-row-body">
        <div className="spk-checklist">
          {entry.items.map((item) => (
            <ChecklistItem
              key={item.item}
              event={event}
              sessionId={sessionId}
              speakerId={entry.personId}
              entry={item}
              watched={watched}
              blocked={blocked}
              newestVersion={newestVersion}
            />
          ))}
        </div>
        <div className="spk-side">
          {entry.mode === "in-person" && (!finished || checks?.["checked-in"]?.done) ? (
            <CheckInControl
              sessionId={sessionId}
              speakerId={entry.personId}
              name={name}
              check={checks?.["checked-in"] ?? null}
              zone={event.event.timeZone}
              isToday={isToday}
              testId={`spk-checkin-${id}`}
            />
          ) : entry.mode === "remote" && person ? (
            <RemoteClockBlock
              speaker={person}
              nowMs={nowMs}
              startMs={startMs}
              settings={event.readiness}
              testId={`spk-local-${id}`}
            />
          ) : null}
        </div>
      </div>
    </article>
  );
}
