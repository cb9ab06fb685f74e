import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { type LedgerRow, workingLedger } from "../../../../shared/interpretation/ledger";
import { formatDayLabel } from "../../format/venueTime";
import { useLocale } from "../../i18n/i18n";
import type { EventViews } from "../../state/eventViews";
import { useHub } from "../../state/hubStore";
import { useCoarseVenueMs } from "../../state/venueClock";
import { useInterpretation } from "../interpretationStore";
import { useNames } from "../names";
import { formatHours } from "../roster/planningText";
import { downloadText } from "./download";
import { ledgerCsv } from "./ledgerCsv";

/**
 * Working time per interpreter and day: booth time planned, time on the microphone (open turns count up
 * to now on the venue clock, refreshed each venue minute), the cap that applies and whether it is passed.
 */
export function LedgerTab({ views, dayIndex }: { views: EventViews; dayIndex: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const event = views.event;
  const names = useNames(event);
  const assignments = useHub((s) => s.live?.assignments);
  const booths = useHub((s) => s.live?.booths);
  const sessions = useHub((s) => s.live?.sessions);
  const venueMs = useCoarseVenueMs();
  const allDays = useInterpretation((s) => s.ledgerAllDays);
  const setAllDays = useInterpretation((s) => s.setLedgerAllDays);
  const date = views.days[dayIndex]?.date;
  const rows = useMemo(
    () =>
      workingLedger(
        event,
        { assignments: assignments ?? {}, booths: booths ?? {}, sessions: sessions ?? {} },
        venueMs ?? 0,
      ),
    [event, assignments, booths, sessions, venueMs],
  );
  const shown = allDays ? rows : rows.filter((r) => r.date === date);
  const capLabel = (row: LedgerRow) =>
    row.cap.kind === "full-day"
      ? t("interp.ledger.capFull")
      : row.cap.half === "afternoon"
        ? t("interp.ledger.capAfternoon")
        : t("interp.ledger.capMorning");

  const exportCsv = () => {
    const csv = ledgerCsv(rows, names.interpreter, {
      headers: {
        date: t("interp.ledger.date"),
        interpreterId: t("interp.ledger.id"),
        name: t("interp.ledger.interpreter"),
        sessions: t("interp.ledger.sessions"),
        plannedMinutes: t("interp.ledger.plannedMinutes"),
        micMinutes: t("interp.ledger.micMinutes"),
        cap: t("interp.ledger.cap"),
        capMinutes: t("interp.ledger.capMinutes"),
        overCap: t("interp.ledger.overCap"),
      },
      capKind: capLabel,
      yes: t("interp.ledger.yes"),
      no: t("interp.ledger.no"),
    });
    downloadText(`working-time-${event.event.id}.csv`, csv, "text/csv;charset=utf-8");
  };

  return (
    <section
      className="panel interp-ledger"
      aria-labelledby="interp-ledger-heading"
      data-testid="interp-ledger"
    >
      <header className="panel-header">
        <h2 id="interp-ledger-heading">{t("interp.ledger.heading")}</h2>
        <label className="ledger-all">
          <input
            type="checkbox"
            data-testid="interp-ledger-all-days"
            checked={allDays}
            onChange={(e) => setAllDays(e.currentTarget.checked)}
          />
          {t("interp.ledger.allDays")}
        </label>
        <button type="button" className="button" data-testid="interp-ledger-export" onClick={exportCsv}>
          ↓ {t("interp.ledger.export")}
        </button>
      </header>
      <p className="muted ledger-explain">
        {t("interp.ledger.explain", {
          half: formatHours(event.interpretation.halfDayCapMinutes),
          full: formatHours(event.interpretation.fullDayCapMinutes),
          midday: `${String(event.interpretation.middayHour).padStart(2, "0")}:00`,
        })}
      </p>
      <div className="ledger-scroll">
        {shown.length === 0 ? (
          <p className="placeholder">{t("interp.ledger.none")}</p>
        ) : (
          <table className="data-table ledger-table" data-testid="interp-ledger-table">
            <thead>
              <tr>
                <th scope="col">{t("interp.ledger.interpreter")}</th>
                <th scope="col">{t("interp.ledger.date")}</th>
                <th scope="col">{t("interp.ledger.sessions")}</th>
                <th scope="col" className="numeric">
                  {t("interp.ledger.planned")}
                </th>
                <th scope="col" className="numeric">
                  {t("interp.ledger.mic")}
                </th>
                <th scope="col">{t("interp.ledger.cap")}</th>
                <th scope="col">{t("interp.ledger.status")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => {
                const over = row.plannedOver || row.micOver;
                return (
                  <tr
                    key={`${row.interpreterId}-${row.date}`}
                    className={over ? "is-over" : undefined}
                    data-testid={`interp-ledger-${row.interpreterId}-${row.date}`}
                    data-over={over}
                  >
                    <th scope="row">{names.interpreter(row.interpreterId)}</th>
                    <td className="tabular">{formatDayLabel(row.date, views.zone, locale)}</td>
                    <td>{row.sessionIds.map(names.session).join(" · ")}</td>
                    <td
                      className="numeric tabular"
                      data-testid={`interp-ledger-planned-${row.interpreterId}`}
                    >
                      {formatHours(row.plannedMinutes)}
                      {row.plannedOver && <span className="over-mark"> ✖</span>}
                    </td>
                    <td className="numeric tabular" data-testid={`interp-ledger-mic-${row.interpreterId}`}>
                      {formatHours(row.micMinutes)}
                      {row.micOver && <span className="over-mark"> ✖</span>}
                    </td>
                    <td>
                      {capLabel(row)} <span className="tabular muted">{formatHours(row.cap.minutes)}</span>
                    </td>
                    <td className={over ? "ledger-status is-over" : "ledger-status"}>
                      {over ? `✖ ${t("interp.ledger.over")}` : `✓ ${t("interp.ledger.within")}`}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
