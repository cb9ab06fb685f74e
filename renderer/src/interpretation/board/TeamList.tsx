import { useTranslation } from "react-i18next";
import type { BoothSignal } from "../../../../shared/alerts/boothSignals";
import type { Interpreter } from "../../../../shared/model/people";
import type { Names } from "../names";

const PARTNER_GLYPH = { broadcasting: "●", available: "○", offline: "✖" } as const;

interface TeamListProps {
  boothId: string;
  team: string[];
  people: Map<string, Interpreter>;
  activeId: string | null;
  nextId: string | null;
  /** The console's report on the remote partner; null when it has not said or is not current. */
  partner: BoothSignal["partnerStatus"];
  names: Names;
}

/** The team in turn order: who is on the microphone (highlighted), who is next, on site or remote. */
export function TeamList({ boothId, team, people, activeId, nextId, partner, names }: TeamListProps) {
  const { t } = useTranslation();
  if (team.length === 0) {
    return (
      <p className="team-empty" data-testid={`interp-team-${boothId}`}>
        <span aria-hidden="true">✖ </span>
        {t("interp.card.noTeam")}
      </p>
    );
  }
  return (
    <ol className="team-list" data-testid={`interp-team-${boothId}`}>
      {team.map((id) => {
        const role = id === activeId ? "active" : id === nextId ? "next" : null;
        const remote = people.get(id)?.remote ?? false;
        return (
          <li
            key={id}
            className={role ? `team-member is-${role}` : "team-member"}
            data-testid={`interp-member-${boothId}-${id}`}
            data-role={role ?? ""}
          >
            <span className="team-role">
              {role === "active"
                ? `● ${t("interp.card.onMic")}`
                : role === "next"
                  ? `▸ ${t("interp.card.next")}`
                  : ""}
            </span>
            <span className="team-who">
              <span className="team-name">{names.interpreter(id)}</span>
              <span className={remote ? "team-where is-remote" : "team-where"}>
                {remote ? `⌁ ${t("interp.card.remote")}` : t("interp.card.onSite")}
                {remote && (
                  <span
                    className={`partner partner-${partner ?? "unknown"}`}
                    data-testid={`interp-partner-${boothId}-${id}`}
                  >
                    {partner
                      ? ` · ${PARTNER_GLYPH[partner]} ${t(`interp.partner.${partner}`)}`
                      : ` · ${t("interp.partner.unknown")}`}
                  </span>
                )}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
