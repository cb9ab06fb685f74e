import { useTranslation } from "react-i18next";
import type { Interpreter } from "../../../shared/model/people";
import { chooseInterpreter, selectNextId, useBooth } from "./boothStore";

/**
 * The team the hub sent, in turn order (or, before it has sent one, everyone who can work this booth):
 * who is on the microphone, who takes over next; a tap on a partner chooses them for the next handover.
 */
export function InterpreterGrid({
  interpreters,
  language,
  fromHub,
}: {
  interpreters: Interpreter[];
  language: string;
  /** False while the list is only the booth's possible interpreters, not a team from the hub. */
  fromHub: boolean;
}) {
  const { t } = useTranslation();
  const active = useBooth((s) => s.activeInterpreterId);
  const next = useBooth(selectNextId);

  return (
    <fieldset className="plain-fieldset booth-interpreters" data-testid="booth-team" data-from-hub={fromHub}>
      <legend className="booth-legend">
        {fromHub ? t("devicePage.booth.interpreters") : t("devicePage.booth.interpretersFallback")}
      </legend>
      {interpreters.length === 0 ? (
        <p className="booth-no-team">{t("devicePage.booth.noTeam")}</p>
      ) : (
        <div className="booth-interpreter-grid">
          {interpreters.map((person) => {
            const role = person.id === active ? "active" : person.id === next ? "next" : null;
            return (
              <button
                key={person.id}
                type="button"
                className={role ? `device-button booth-person is-${role}` : "device-button booth-person"}
                data-testid={`booth-interpreter-${person.id}`}
                data-role={role ?? ""}
                aria-pressed={role !== null}
                disabled={active === null}
                onClick={() => chooseInterpreter(person.id)}
              >
                <span className="booth-person-name">{person.name}</span>
                <span className="booth-person-meta">
                  {role === "active"
                    ? `● ${t("devicePage.booth.onMicShort")}`
                    : role === "next"
                      ? `▸ ${t("devicePage.booth.takesOver")}`
                      : `${person.languages.a.includes(language) ? "A" : "B"}${person.remote ? ` · ${t("devicePage.booth.remote")}` : ""}`}
                </span>
              </button>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
