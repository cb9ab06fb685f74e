import { useTranslation } from "react-i18next";
import type { ImportProblem } from "../../../shared/schedule/report";

const GLYPH: Record<ImportProblem["severity"], string> = { error: "✖", warning: "⚠", info: "ℹ" };

/** Where a problem is, as the command line prints it: `sessions.csv:3 · start`. */
export function problemPlace(problem: ImportProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.path === undefined ? where : `${where} · ${problem.path}`;
}

/** The import's report: every problem with its place, what is wrong (the importer's words) and the fix. */
export function ImportReport({
  problems,
  counts,
}: {
  problems: readonly ImportProblem[];
  counts: { error: number; warning: number; info: number };
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="programme-counts" data-testid="programme-report-counts">
        <span className="programme-count" data-severity="error" data-zero={counts.error === 0}>
          {GLYPH.error} {t("programme.report.errors", { count: counts.error })}
        </span>
        <span className="programme-count" data-severity="warning" data-zero={counts.warning === 0}>
          {GLYPH.warning} {t("programme.report.warnings", { count: counts.warning })}
        </span>
        <span className="programme-count" data-severity="info" data-zero={counts.info === 0}>
          {GLYPH.info} {t("programme.report.notes", { count: counts.info })}
        </span>
      </p>
      {problems.length === 0 ? (
        <p className="muted">{t("programme.report.clean")}</p>
      ) : (
        <ol className="programme-problems" data-testid="programme-problems">
          {problems.map((problem, i) => (
            <li
              // Problems have no id; the list is replaced as a whole when the file or format changes.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={i}
              className="programme-problem"
              data-severity={problem.severity}
              data-kind={problem.kind}
              data-testid="programme-problem"
            >
              <span className="programme-problem-severity">
                <span aria-hidden="true">{GLYPH[problem.severity]}</span>{" "}
                {t(`programme.report.severity.${problem.severity}`)}
              </span>
              <span className="programme-problem-place tabular" data-testid="programme-problem-place">
                {problemPlace(problem)}
              </span>
              <span className="programme-problem-kind">[{problem.kind}]</span>
              <span className="programme-problem-message">{problem.message}</span>
              <span className="programme-problem-hint">
                {t("programme.report.hint", { hint: problem.hint })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
