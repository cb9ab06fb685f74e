import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { DayReport } from "../../../shared/reports/dayReport";
import { formatVenueTime } from "../alerts/formatVenueTime";
import { SEVERITY_GLYPH } from "../interpretation/alertText";
import { MethaneBlock } from "../log/LogEntryCard";
import { entryNumber } from "../log/logFilter";
import { ENTRY_TYPE_GLYPH, KEY_EVENT_GLYPH, LOG_SEVERITY_GLYPH } from "../log/logSymbols";
import type { ReportNames } from "./reportNames";

type Report = DayReport;
const hm = (iso: string | null | undefined, zone: string) =>
  iso ? formatVenueTime(iso, zone).slice(0, 5) : "—";
const seconds = (value: number | null) =>
  value === null ? "—" : value < 90 ? `${value} s` : `${Math.round(value / 60)} min`;

/** One section of the printed report: a heading, then its table (column headings, then the rows) or "none". */
function Section({
  id,
  title,
  count,
  columns,
  children,
}: {
  id: string;
  title: string;
  count: number;
  columns: readonly string[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="report-section" data-testid={`report-${id}`} data-count={count}>
      <h2 className="report-heading">
        {title} <span className="muted tabular">({count})</span>
      </h2>
      {count === 0 ? (
        <p className="muted">{t("report.none")}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      )}
    </section>
  );
}

export function SessionsSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const zone = report.timeZone;
  return (
    <Section
      id="sessions"
      title={t("report.sections.sessions")}
      count={report.sessions.length}
      columns={[
        t("report.col.session"),
        t("report.col.planned"),
        t("report.col.expected"),
        t("report.col.actual"),
        t("report.col.delay"),
        t("report.col.status"),
        t("report.col.holds"),
      ]}
    >
      {report.sessions.map((s) => (
        <tr key={s.id} data-testid={`report-session-${s.id}`}>
          <td>
            <strong>{names.session(s.id)}</strong>
            <span className="block muted">{names.room(s.roomId)}</span>
          </td>
          <td className="tabular">
            {hm(s.plannedStart, zone)}–{hm(s.plannedEnd, zone)}
          </td>
          <td className="tabular">
            {hm(s.expectedStart, zone)}–{hm(s.expectedEnd, zone)}
          </td>
          <td className="tabular">
            {s.actualStart ? `${hm(s.actualStart, zone)}–${s.actualEnd ? hm(s.actualEnd, zone) : "…"}` : "—"}
          </td>
          <td className="tabular">
            {s.delayMin > 0 ? `+${s.delayMin} min` : s.delayMin < 0 ? `${s.delayMin} min` : "0"}
          </td>
          <td>
            {t(`sessionStatus.${s.status}`)}
            {s.cancelReason && (
              <span className="block">{t("report.cancelled", { reason: s.cancelReason })}</span>
            )}
          </td>
          <td>
            {s.holds.length === 0
              ? "—"
              : s.holds.map((h) => (
                  <span key={h.start} className="block">
                    {hm(h.start, zone)}–{h.end ? hm(h.end, zone) : "…"} {h.reason}
                  </span>
                ))}
          </td>
        </tr>
      ))}
    </Section>
  );
}

export function LogSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const zone = report.timeZone;
  return (
    <Section
      id="log"
      title={t("report.sections.log")}
      count={report.log.length}
      columns={[
        "#",
        t("report.col.occurred"),
        t("report.col.type"),
        t("report.col.what"),
        t("report.col.author"),
      ]}
    >
      {report.log.map((e) => (
        <tr key={e.id} data-testid={`report-log-${e.id}`}>
          <td className="tabular">{entryNumber(e.id)}</td>
          <td className="tabular">
            {hm(e.occurredAt, zone)}
            <span className="block muted">{t("report.entered", { time: hm(e.enteredAt, zone) })}</span>
          </td>
          <td>
            {ENTRY_TYPE_GLYPH[e.entryType]} {t(`log.type.${e.entryType}`)}
            <span className="block">
              {LOG_SEVERITY_GLYPH[e.severity]} {t(`interp.severity.${e.severity}`)}
            </span>
            {e.keyEvent && (
              <span className="block">
                {KEY_EVENT_GLYPH} {t("log.keyEvent")}
              </span>
            )}
          </td>
          <td>
            {e.corrects && (
              <span className="block muted">↺ {t("log.corrects", { number: entryNumber(e.corrects) })}</span>
            )}
            {e.text}
            {e.reason && (
              <span className="block">
                <strong>{t("log.reasonLabel")}</strong> {e.reason}
              </span>
            )}
            {names.links(e.links) && <span className="block muted">{names.links(e.links)}</span>}
            {e.methane && <MethaneBlock methane={e.methane} />}
          </td>
          <td>
            {e.author.operator}
            <span className="block muted">
              {names.role(e.author.role)} · {e.author.workstation}
            </span>
          </td>
        </tr>
      ))}
    </Section>
  );
}

export function AlertsSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const zone = report.timeZone;
  return (
    <Section
      id="alerts"
      title={t("report.sections.alerts")}
      count={report.alerts.length}
      columns={[
        t("report.col.raised"),
        t("alerts.col.severity"),
        t("alerts.col.alert"),
        t("report.col.toAcknowledge"),
        t("report.col.toResolve"),
      ]}
    >
      {report.alerts.map((a) => (
        <tr key={`${a.id}|${a.raisedAt}`} data-testid="report-alert" data-alert={a.id}>
          <td className="tabular">{formatVenueTime(a.raisedAt, zone)}</td>
          <td>
            {SEVERITY_GLYPH[a.severity]} {t(`interp.severity.${a.severity}`)}
            {a.escalatedAt && (
              <span className="block report-escalated">
                ▲ {t("alerts.escalatedAt", { time: formatVenueTime(a.escalatedAt, zone) })}
              </span>
            )}
          </td>
          <td>{names.alert(a)}</td>
          <td className="tabular">
            {seconds(a.secondsToAcknowledge)}
            {a.acknowledgedBy && <span className="block muted">{a.acknowledgedBy.operator}</span>}
          </td>
          <td className="tabular">{a.resolvedAt ? seconds(a.secondsToResolve) : t("report.stillOpen")}</td>
        </tr>
      ))}
    </Section>
  );
}

export function InterpretersSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const hours = (minutes: number) =>
    `${Math.floor(minutes / 60)}:${String(Math.floor(minutes % 60)).padStart(2, "0")}`;
  return (
    <Section
      id="interpreters"
      title={t("report.sections.interpreters")}
      count={report.interpreters.length}
      columns={[
        t("report.col.interpreter"),
        t("report.col.sessions"),
        t("report.col.plannedHours"),
        t("report.col.micHours"),
        t("report.col.cap"),
      ]}
    >
      {report.interpreters.map((r) => (
        <tr key={r.interpreterId} data-testid={`report-interpreter-${r.interpreterId}`}>
          <td>{names.interpreter(r.interpreterId)}</td>
          <td>{r.sessionIds.map(names.session).join("; ")}</td>
          <td className="tabular">{hours(r.plannedMinutes)}</td>
          <td className="tabular">{hours(r.micMinutes)}</td>
          <td className="tabular">
            {hours(r.cap.minutes)}
            {(r.plannedOver || r.micOver) && (
              <span className="block report-over">▲ {t("report.overCap")}</span>
            )}
          </td>
        </tr>
      ))}
    </Section>
  );
}

export function OutagesSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const zone = report.timeZone;
  return (
    <Section
      id="outages"
      title={t("report.sections.outages")}
      count={report.outages.length}
      columns={[
        t("report.col.device"),
        t("report.col.lost"),
        t("report.col.back"),
        t("report.col.minutes"),
        t("report.col.reason"),
      ]}
    >
      {report.outages.map((o) => (
        <tr key={`${o.deviceId}|${o.from}`}>
          <td>{names.device(o.deviceId)}</td>
          <td className="tabular">{formatVenueTime(o.from, zone)}</td>
          <td className="tabular">{o.to ? formatVenueTime(o.to, zone) : t("report.notBack")}</td>
          <td className="tabular">{o.minutes}</td>
          <td>{o.reason}</td>
        </tr>
      ))}
    </Section>
  );
}

export function OverridesSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const zone = report.timeZone;
  return (
    <Section
      id="overrides"
      title={t("report.sections.overrides")}
      count={report.overrides.length}
      columns={[t("report.col.time"), t("report.col.author"), t("report.col.command"), t("report.col.room")]}
    >
      {report.overrides.map((o) => (
        <tr key={`${o.at}|${o.commandType}`}>
          <td className="tabular">{formatVenueTime(o.at, zone)}</td>
          <td>
            {o.by.operator}
            <span className="block muted">{o.by.workstation}</span>
          </td>
          <td>
            <code>{o.commandType}</code>
          </td>
          <td>{o.roomId ? names.room(o.roomId) : "—"}</td>
        </tr>
      ))}
    </Section>
  );
}
