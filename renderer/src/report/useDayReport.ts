import { useCallback, useEffect, useState } from "react";
import type { DayReport } from "../../../shared/reports/dayReport";
import { useSignIn } from "../signin/operatorStore";

export type ReportLoad =
  | { state: "loading" }
  | { state: "ready"; report: DayReport }
  | { state: "failed"; message: string };

/** The hub's report for one venue day (with the access code when there is one), and a way to refetch it. */
export function useDayReport(date: string): { load: ReportLoad; refresh: () => void } {
  const accessCode = useSignIn((s) => s.accessCode);
  const [load, setLoad] = useState<ReportLoad>({ state: "loading" });
  const [round, setRound] = useState(0);
  const refresh = useCallback(() => setRound((r) => r + 1), []);

  useEffect(() => {
    const abort = new AbortController();
    setLoad({ state: "loading" });
    // Read once per round: a refresh after the day moved on asks the hub again.
    void round;
    fetch(`/api/reports/day/${encodeURIComponent(date)}`, {
      cache: "no-store",
      signal: abort.signal,
      headers: accessCode ? { Authorization: `Bearer ${accessCode}` } : {},
    })
      .then(async (response) => {
        if (!response.ok) {
          const body = (await response.json().catch(() => ({}))) as { error?: string };
          throw new Error(body.error ?? `HTTP ${response.status}`);
        }
        return (await response.json()) as DayReport;
      })
      .then((report) => setLoad({ state: "ready", report }))
      .catch((error: unknown) => {
        if (!abort.signal.aborted)
          setLoad({ state: "failed", message: String((error as Error).message ?? error) });
      });
    return () => abort.abort();
  }, [date, accessCode, round]);

  return { load, refresh };
}
