import { useTranslation } from "react-i18next";
import { useHub } from "../state/hubStore";
import { useSignIn } from "./operatorStore";
import { ROLE_GLYPH } from "./roles";
import { useSignInUi } from "./signInUi";

/**
 * Who works at this console, always in view; it opens the panel with everyone signed in and the sign-out.
 * Fixed width: a long name is cut, never the controls beside it.
 */
export function OperatorControl() {
  const { t } = useTranslation();
  const operator = useSignIn((s) => s.operator);
  const consoles = useHub((s) => s.presence.length);
  const refused = useHub((s) => s.authError !== null);
  const openPanel = useSignInUi((s) => s.openPanel);
  const openDialog = useSignInUi((s) => s.openDialog);
  const label = operator
    ? t("signin.signedInAs", { name: operator.name, role: t(`signin.roles.${operator.role}.name`) })
    : t("signin.notSignedIn");

  return (
    <button
      type="button"
      className={operator ? "operator-control" : "operator-control is-anonymous"}
      data-testid="operator-open"
      data-role={operator?.role ?? "none"}
      aria-label={`${label} · ${t("signin.presenceCount", { count: consoles })}`}
      title={label}
      onClick={() => (operator && !refused ? openPanel(true) : openDialog(true))}
    >
      <span className="operator-glyph" aria-hidden="true">
        {refused ? "✖" : operator ? ROLE_GLYPH[operator.role] : "○"}
      </span>
      <span className="operator-text">
        <span className="operator-name" data-testid="operator-name">
          {operator ? operator.name : t("signin.signInShort")}
        </span>
        <span className="operator-role" data-testid="operator-role">
          {refused
            ? t("signin.refusedShort")
            : operator
              ? t(`signin.roles.${operator.role}.name`)
              : t("signin.watching")}
        </span>
      </span>
      <span className="operator-count tabular" aria-hidden="true" title={t("signin.presence")}>
        {consoles}
      </span>
    </button>
  );
}
