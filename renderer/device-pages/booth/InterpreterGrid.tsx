import { useTranslation } from "react-i18next";
import type { Interpreter } from "../../../shared/model/people";
import { chooseInterpreter, useBooth } from "./boothStore";

/** Everyone who can work this booth; a tap puts them on the mic, or marks them to take over next. */
export function InterpreterGrid({
  interpreters,
  language,
}: {
  interpreters: Interpreter[];
  language: string;
}) {
  const { t } = useTranslation();
  const active = useBooth((s) => s.activeInterpreterId);
  const next = useBooth((s) => s.nextInterpreterId);

  return (
    <fieldset className="plain-fieldset booth-interpreters">
      <legend className="booth-legend">{t("devicePage.booth.interpreters")}</legend>
      <div className="booth-interpreter-grid">
        {interpreters.map((person) => {
          const role = person.id === active ? "active" : person.id === next ? "next" : null;
          return (
            <button
              key={person.id}
              type="button"
              className={role ? `device-button booth-person is-${role}` : "device-button booth-person"}
              data-testid={`booth-interpreter-${person.id}`}
              aria-pressed={role !== null}
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
    </fieldset>
  );
}
