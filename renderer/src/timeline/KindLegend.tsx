import { useTranslation } from "react-i18next";
import { SESSION_KINDS, type Session } from "../../../shared/model/programme";
import { countByKind } from "../../../shared/views/schedule";
import { KIND_GLYPH } from "../components/symbols";

/** What each block style means, with how many of each kind are in view. */
export function KindLegend({ sessions }: { sessions: readonly Session[] }) {
  const { t } = useTranslation();
  const counts = countByKind(sessions);
  return (
    <ul className="kind-legend" data-testid="kind-legend" aria-label={t("timeline.legend")}>
      {SESSION_KINDS.map((kind) => (
        <li key={kind} className={`legend-item kind-${kind}`} data-kind={kind}>
          <span className="legend-swatch" aria-hidden="true">
            {KIND_GLYPH[kind]}
          </span>
          <span>{t(`kinds.${kind}`)}</span>
          <span className="legend-count tabular">{counts[kind] ?? 0}</span>
        </li>
      ))}
    </ul>
  );
}
