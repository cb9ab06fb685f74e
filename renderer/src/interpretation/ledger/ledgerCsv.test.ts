import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { LedgerRow } from "../../../../shared/interpretation/ledger";
import { ledgerCsv, UTF8_BOM } from "./ledgerCsv";

const row = (change: Partial<LedgerRow>): LedgerRow => ({
  interpreterId: "wang-lu",
  date: "2021-11-11",
  sessionIds: ["opening", "assembly"],
  plannedMinutes: 180,
  micMinutes: 95.6,
  cap: { kind: "full-day", half: null, minutes: 420 },
  plannedOver: false,
  micOver: false,
  ...change,
});

const labels = {
  headers: {
    date: "日期",
    interpreterId: "id",
    name: "译员",
    sessions: "sessions",
    plannedMinutes: "planned",
    micMinutes: "mic",
    cap: "cap",
    capMinutes: "cap minutes",
    overCap: "over",
  },
  capKind: (r: LedgerRow) => (r.cap.kind === "half-day" ? "半天" : "全天"),
  yes: "是",
  no: "否",
};

describe("working-time CSV", () => {
  it("starts with a UTF-8 byte-order mark and keeps Chinese text and commas intact", () => {
    const names: Record<string, string> = { "wang-lu": "王璐", "doe-j": "Doe, Jane" };
    const csv = ledgerCsv(
      [
        row({}),
        row({
          interpreterId: "doe-j",
          micOver: true,
          cap: { kind: "half-day", half: "morning", minutes: 240 },
        }),
      ],
      (id) => names[id] ?? id,
      labels,
    );
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { newline: "\r\n" }).data;
    expect(parsed).toEqual([
      ["日期", "id", "译员", "sessions", "planned", "mic", "cap", "cap minutes", "over"],
      ["2021-11-11", "wang-lu", "王璐", "opening assembly", "180", "95", "全天", "420", "否"],
      ["2021-11-11", "doe-j", "Doe, Jane", "opening assembly", "180", "95", "半天", "240", "是"],
    ]);
  });
});
