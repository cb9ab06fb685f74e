import { useTranslation } from "react-i18next";
import type { LedgerRow } from "../../../../shared/interpretation/ledger";
import type { Interpreter } from "../../../../shared/model/people";
import type { Names } from "../names";
import { formatHours } from "./planningText";

/** Every interpreter with their A, B and C languages, on site or remote, and their booth time that day. */
export function InterpreterTable({
  interpreters,
  rows,
  names,
}: {
  interpreters: Interpreter[];
  /** The day's ledger rows, for the planned booth time. */
  rows: LedgerRow[];
  names: Names;
}) {
  const { t } = useTranslation();
  const planned = new Map(rows.map((r) => [r.interpreterId, r]));
  const languages = (codes: string[]) =>
    codes.length === 0 ? "—" : codes.map(names.language).join(t("interp.listSeparator"));
  return (
    <section className="panel interpreter-panel" aria-labelledby="interp-people-heading">
      <header className="panel-header">
        <h2 id="interp-people-heading">{t("interp.roster.interpreters")}</h2>
        <span className="muted tabular">{interpreters.length}</span>
      </header>
      <div className="interpreter-scroll">
        <table className="data-table interpreter-table" data-testid="interp-interpreters">
          <thead>
            <tr>
              <th scope="col">{t("interp.roster.name")}</th>
              <th scope="col">A</th>
              <th scope="col">B</th>
              <th scope="col">C</th>
              <th scope="col">{t("interp.roster.where")}</th>
              <th scope="col" className="numeric">
                {t("interp.roster.bookedToday")}
              </th>
            </tr>
          </thead>
          <tbody>
            {interpreters.map((person) => {
              const row = planned.get(person.id);
              return (
                <tr key={person.id} data-testid={`interp-interpreter-${person.id}`}>
                  <th scope="row">{person.name}</th>
                  <td>{languages(person.languages.a)}</td>
                  <td>{languages(person.languages.b)}</td>
                  <td>{languages(person.languages.c)}</td>
                  <td>{person.remote ? `⌁ ${t("interp.card.remote")}` : t("interp.card.onSite")}</td>
                  <td className="numeric tabular">
                    {row ? formatHours(row.plannedMinutes) : "—"}
                    {row?.plannedOver && <span className="over-mark"> ✖</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
