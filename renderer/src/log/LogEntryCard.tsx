import { useTranslation } from "react-i18next";
import { OPERATOR_ROLES, type OperatorRole } from "../../../shared/access/operators";
import type { LogEntry } from "../../../shared/live/liveState";
import { formatVenueDateTime } from "../alerts/formatVenueTime";
import { usePermission } from "../signin/usePermission";
import { METHANE_FIELDS } from "./logDraft";
import { entryNumber } from "./logFilter";
import type { LogNames } from "./logNames";
import { ENTRY_TYPE_GLYPH, KEY_EVENT_GLYPH, LOG_SEVERITY_GLYPH } from "./logSymbols";

const isRole = (role: string): role is OperatorRole => (OPERATOR_ROLES as readonly string[]).includes(role);

/** The links of an entry as words: room, session, device, booth. */
export function LinkList({ links, names }: { links: LogEntry["links"]; names: LogNames }) {
  const { t } = useTranslation();
  const parts = [
    links.roomId && t("log.labelled", { label: t("log.links.room"), value: names.room(links.roomId) }),
    links.sessionId &&
      t("log.labelled", { label: t("log.links.session"), value: names.session(links.sessionId) }),
    links.deviceId &&
      t("log.labelled", { label: t("log.links.device"), value: names.device(links.deviceId) }),
    links.boothId && t("log.labelled", { label: t("log.links.booth"), value: names.booth(links.boothId) }),
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return <span className="log-links">{parts.join(" · ")}</span>;
}

/** The seven METHANE lines, each under its letter. */
export function MethaneBlock({ methane }: { methane: NonNullable<LogEntry["methane"]> }) {
  const { t } = useTranslation();
  return (
    <dl className="methane-block" data-testid="log-methane">
      {METHANE_FIELDS.map(([key, letter]) => (
        <div key={key} className="methane-line">
          <dt>
            <span className="methane-letter">{letter}</span> {t(`log.methane.${key}`)}
          </dt>
          <dd>
            {key === "majorIncident"
              ? methane.majorIncident
                ? t("log.methane.declared")
                : t("log.methane.standby")
              : methane[key]}
          </dd>
        </div>
      ))}
    </dl>
  );
}

interface LogEntryCardProps {
  entry: LogEntry;
  /** Later entries that correct this one. */
  correctedBy: LogEntry[];
  /** The entry this one corrects, when it is a correction. */
  corrects: LogEntry | null;
  names: LogNames;
  zone: string;
  onCorrect: (entry: LogEntry) => void;
}

/** One entry as written, never edited: a later correction is marked on it and shown as its own entry. */
export function LogEntryCard({ entry, correctedBy, corrects, names, zone, onCorrect }: LogEntryCardProps) {
  const { t } = useTranslation();
  const permission = usePermission({
    type: "log.add",
    entryType: "general",
    severity: "info",
    text: "x",
    links: {},
    keyEvent: false,
  });
  const role = isRole(entry.author.role) ? t(`signin.roles.${entry.author.role}.name`) : entry.author.role;
  const corrected = correctedBy.length > 0;
  return (
    <li
      className={`log-entry type-${entry.entryType} severity-${entry.severity}${corrected ? " is-corrected" : ""}`}
      data-testid={`log-entry-${entry.id}`}
      data-type={entry.entryType}
      data-corrected={corrected}
      data-key-event={entry.keyEvent}
    >
      <header className="log-entry-head">
        <span className="log-entry-number tabular">{entryNumber(entry.id)}</span>
        <span className="log-entry-type">
          <span aria-hidden="true">{ENTRY_TYPE_GLYPH[entry.entryType]}</span>{" "}
          {t(`log.type.${entry.entryType}`)}
        </span>
        <span className={`log-entry-severity severity-${entry.severity}`}>
          <span aria-hidden="true">{LOG_SEVERITY_GLYPH[entry.severity]}</span>{" "}
          {t(`interp.severity.${entry.severity}`)}
        </span>
        {entry.keyEvent && (
          <span className="log-key-event" data-testid="log-key-event">
            <span aria-hidden="true">{KEY_EVENT_GLYPH}</span> {t("log.keyEvent")}
          </span>
        )}
        <span className="log-entry-times tabular">
          {t("log.occurred", { time: formatVenueDateTime(entry.occurredAt, zone) })}
          <span className="muted">
            {" "}
            · {t("log.entered", { time: formatVenueDateTime(entry.enteredAt, zone) })}
          </span>
        </span>
      </header>
      {corrects && (
        <p className="log-corrects" data-testid="log-corrects">
          ↺ {t("log.corrects", { number: entryNumber(corrects.id) })}{" "}
          <span className="muted">“{corrects.text}”</span>
        </p>
      )}
      <p className="log-entry-text">{entry.text}</p>
      {entry.reason && (
        <p className="log-entry-reason">
          <strong>{t("log.reasonLabel")}</strong> {entry.reason}
        </p>
      )}
      {entry.methane && <MethaneBlock methane={entry.methane} />}
      <footer className="log-entry-foot">
        <span className="log-author">
          {entry.author.operator} · {role} · {entry.author.workstation}
        </span>
        <LinkList links={entry.links} names={names} />
        {corrected && (
          <span className="log-corrected-by" data-testid="log-corrected-by">
            ↻ {t("log.correctedBy", { numbers: correctedBy.map((c) => entryNumber(c.id)).join(", ") })}
          </span>
        )}
        <button
          type="button"
          className="button log-correct"
          data-testid={`log-correct-${entry.id}`}
          disabled={!permission.allowed}
          title={permission.allowed ? t("log.correctHint") : permission.reason}
          aria-description={permission.allowed ? undefined : permission.reason}
          onClick={() => onCorrect(entry)}
        >
          ↺ {t("log.correct")}
        </button>
      </footer>
    </li>
  );
}
