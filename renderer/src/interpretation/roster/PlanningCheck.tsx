import { useTranslation } from "react-i18next";
import type { PlanningWarning } from "../../../../shared/interpretation/planning";
import type { Names } from "../names";
import { planningKey, planningText } from "./planningText";

/** The planning check for the day: every rule that the current teams break, or a clear all-good. */
export function PlanningCheck({ warnings, names }: { warnings: PlanningWarning[]; names: Names }) {
  const { t } = useTranslation();
  return (
    <section
      className="panel planning-check"
      aria-labelledby="interp-planning-heading"
      data-testid="interp-planning"
    >
      <header className="panel-header">
        <h2 id="interp-planning-heading">{t("interp.planning.heading")}</h2>
        <span className="muted tabular" data-testid="interp-planning-count">
          {t("interp.planning.count", { count: warnings.length })}
        </span>
      </header>
      <div className="planning-scroll">
        {warnings.length === 0 ? (
          <p className="planning-ok" data-testid="interp-planning-ok">
            ✓ {t("interp.planning.allGood")}
          </p>
        ) : (
          <ul className="planning-list">
            {warnings.map((warning) => (
              <li
                key={planningKey(warning)}
                className={`planning-item planning-${warning.kind}`}
                data-testid={`interp-planning-${planningKey(warning)}`}
                data-kind={warning.kind}
              >
                <span className="planning-kind">
                  <span aria-hidden="true">▲</span> {t(`interp.planning.kind.${warning.kind}`)}
                </span>
                <span>{planningText(warning, names, t)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
