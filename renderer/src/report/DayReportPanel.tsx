import { DateTime } from "luxon";
import { useTranslation } from "react-i18next";
import { DayPicker } from "../components/DayPicker";
import { formatDayLabel } from "../format/venueTime";
import { pickText, useLocale } from "../i18n/i18n";
import { downloadText } from "../interpretation/ledger/download";
import { useSignIn } from "../signin/operatorStore";
import { useShownDayIndex } from "../state/dayFocus";
import type { EventViews } from "../state/eventViews";
import {
  AlertsSection,
  InterpretersSection,
  LogSection,
  OutagesSection,
  OverridesSection,
  SessionsSection,
} from "./ReportSections";
import { type ReportColumn, reportCsv } from "./reportCsv";
import { useReportNames } from "./reportNames";
import { useDayReport } from "./useDayReport";
import "../styles/report.css";

/**
 * The end-of-shift report for one event day, as the hub builds it: on screen, printed to A4 (the browser's
 * print, or Save as PDF) and as one CSV file. The day follows the day keys 1–6 like the other views.
 */
export function DayReportPanel({ views }: { views: EventViews }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { index } = useShownDayIndex(views.days);
  const day = views.days[index] ?? views.days[0];
  const date = day?.date ?? "";
  const { load, refresh } = useDayReport(date);
  const names = useReportNames(views);
  const operator = useSignIn((s) => s.operator);
  const eventName = pickText(views.event.event.name, locale);
  const dayLabel = day ? t("report.dayOf", { day: day.index + 1, total: views.days.length }) : "";

  const exportCsv = () => {
    if (load.state !== "ready") return;
    const csv = reportCsv(load.report, {
      section: (section) => t(`report.sections.${section}`),
      column: (column: ReportColumn) => t(`report.csv.${column}`),
      room: names.room,
      session: names.session,
      device: names.device,
      interpreter: names.interpreter,
      alert: names.alert,
      holds: (holds) =>
        holds
          .map((h) => {
            const time = (iso: string | null) =>
              iso ? DateTime.fromISO(iso, { zone: views.zone }).toFormat("HH:mm") : "…";
            return `${time(h.start)}–${time(h.end)} ${h.reason}`;
          })
          .join("; "),
      yes: t("report.overCap"),
    });
    downloadText(`day-report-${date}.csv`, csv, "text/csv;charset=utf-8");
  };

  return (
    <div className="report-panel" data-testid="report-panel" data-date={date} data-state={load.state}>
      <div className="report-toolbar panel no-print">
        <DayPicker views={views} shownIndex={index} testIdPrefix="report-day" />
        <div className="button-row report-actions">
          <button type="button" className="button" data-testid="report-refresh" onClick={refresh}>
            ↻ {t("report.refresh")}
          </button>
          <button
            type="button"
            className="button button-primary"
            data-testid="report-print"
            disabled={load.state !== "ready"}
            onClick={() => window.print()}
          >
            {t("report.print")}
          </button>
          <button
            type="button"
            className="button"
            data-testid="report-csv"
            disabled={load.state !== "ready"}
            onClick={exportCsv}
          >
            ⤓ {t("report.csv.button")}
          </button>
        </div>
      </div>
      <article className="report-doc" data-testid="report-doc" aria-busy={load.state === "loading"}>
        <header className="report-title">
          <h1>{t("report.title")}</h1>
          <p className="report-event">{eventName}</p>
          <p className="report-meta tabular" data-testid="report-meta">
            {dayLabel} · {day ? formatDayLabel(day.date, views.zone, locale) : ""} ({date})
            {load.state === "ready" && (
              <>
                {" · "}
                {t("report.generated", {
                  time: DateTime.fromISO(load.report.generatedAt, { zone: views.zone }).toFormat(
                    "yyyy-MM-dd HH:mm",
                  ),
                  offset: DateTime.fromISO(load.report.generatedAt, { zone: views.zone }).toFormat("ZZ"),
                })}
              </>
            )}
          </p>
          <p className="report-meta" data-testid="report-author">
            {operator
              ? t("report.author", { name: operator.name, role: t(`signin.roles.${operator.role}.name`) })
              : t("report.noAuthor")}
          </p>
        </header>
        {load.state === "loading" && <p className="muted">{t("report.loading")}</p>}
        {load.state === "failed" && (
          <p className="form-error" role="alert" data-testid="report-error">
            ✖ {t("report.failed", { message: load.message })}
          </p>
        )}
        {load.state === "ready" && (
          <>
            <SessionsSection report={load.report} names={names} />
            <LogSection report={load.report} names={names} />
            <AlertsSection report={load.report} names={names} />
            <InterpretersSection report={load.report} names={names} />
            <OutagesSection report={load.report} names={names} />
            <OverridesSection report={load.report} names={names} />
          </>
        )}
      </article>
    </div>
  );
}
