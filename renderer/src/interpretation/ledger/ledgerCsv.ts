import Papa from "papaparse";
import type { LedgerRow } from "../../../../shared/interpretation/ledger";

/** Excel reads a UTF-8 file as the local code page unless it starts with a byte-order mark. */
export const UTF8_BOM = "\uFEFF";

export interface LedgerCsvLabels {
  headers: {
    date: string;
    interpreterId: string;
    name: string;
    sessions: string;
    plannedMinutes: string;
    micMinutes: string;
    cap: string;
    capMinutes: string;
    overCap: string;
  };
  capKind: (row: LedgerRow) => string;
  yes: string;
  no: string;
}

/** The ledger as CSV for a spreadsheet: one row per interpreter and day, whole minutes, BOM first. */
export function ledgerCsv(
  rows: readonly LedgerRow[],
  nameOf: (id: string) => string,
  labels: LedgerCsvLabels,
) {
  const h = labels.headers;
  const body = Papa.unparse(
    {
      fields: [
        h.date,
        h.interpreterId,
        h.name,
        h.sessions,
        h.plannedMinutes,
        h.micMinutes,
        h.cap,
        h.capMinutes,
        h.overCap,
      ],
      data: rows.map((row) => [
        row.date,
        row.interpreterId,
        nameOf(row.interpreterId),
        row.sessionIds.join(" "),
        Math.round(row.plannedMinutes),
        Math.floor(row.micMinutes),
        labels.capKind(row),
        row.cap.minutes,
        row.plannedOver || row.micOver ? labels.yes : labels.no,
      ]),
    },
    { newline: "\r\n" },
  );
  return `${UTF8_BOM}${body}\r\n`;
}
