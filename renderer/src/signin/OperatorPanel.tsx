import { useTranslation } from "react-i18next";
import { Modal } from "../components/Modal";
import { useWallNow } from "../components/useWallNow";
import { formatAgo } from "../format/relativeTime";
import { pickText, useLocale } from "../i18n/i18n";
import { signIn } from "../net/hubConnection";
import { useHub } from "../state/hubStore";
import { useSignIn } from "./operatorStore";
import { ROLE_GLYPH } from "./roles";
import { useSignInUi } from "./signInUi";

/** This console's sign-in (change or sign out) and who is signed in on every console, as the hub says. */
export function OperatorPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const open = useSignInUi((s) => s.panelOpen);
  const openPanel = useSignInUi((s) => s.openPanel);
  const openDialog = useSignInUi((s) => s.openDialog);
  const setWatchOnly = useSignInUi((s) => s.setWatchOnly);
  const operator = useSignIn((s) => s.operator);
  const accessCode = useSignIn((s) => s.accessCode);
  const presence = useHub((s) => s.presence);
  const rooms = useHub((s) => s.live?.event?.venue.rooms);
  const now = useWallNow(15_000, open);
  const roomName = (id: string) => {
    const room = rooms?.find((r) => r.id === id);
    return room ? pickText(room.name, locale) : id;
  };

  const signOut = () => {
    // Watching stays possible with the same access code; the dialog offers a new sign-in.
    setWatchOnly(false);
    signIn(null, accessCode);
    openPanel(false);
    openDialog(true);
  };

  return (
    <Modal
      open={open}
      title={t("signin.panelTitle")}
      onClose={() => openPanel(false)}
      testId="operator-panel"
    >
      {operator && (
        <section className="operator-self">
          <p className="operator-self-line" data-testid="operator-self">
            <span aria-hidden="true">{ROLE_GLYPH[operator.role]}</span>{" "}
            {t("signin.signedInAs", { name: operator.name, role: t(`signin.roles.${operator.role}.name`) })}
            {operator.rooms.length > 0 && (
              <span className="muted"> · {operator.rooms.map(roomName).join(t("interp.listSeparator"))}</span>
            )}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              data-testid="operator-change"
              onClick={() => openDialog(true)}
            >
              {t("signin.change")}
            </button>
            <button type="button" className="button" data-testid="operator-signout" onClick={signOut}>
              {t("signin.signOut")}
            </button>
          </div>
        </section>
      )}
      <h3>{t("signin.presenceCount", { count: presence.length })}</h3>
      {presence.length === 0 ? (
        <p className="muted">{t("signin.presenceNone")}</p>
      ) : (
        <table className="presence-table" data-testid="presence-list">
          <thead>
            <tr>
              <th scope="col">{t("signin.name")}</th>
              <th scope="col">{t("signin.role")}</th>
              <th scope="col">{t("signin.workstation")}</th>
              <th scope="col">{t("signin.since")}</th>
            </tr>
          </thead>
          <tbody>
            {presence.map((entry) => (
              <tr
                key={`${entry.workstation}|${entry.name}|${entry.since}`}
                data-testid="presence-entry"
                data-name={entry.name}
                data-role={entry.role}
              >
                <td className="presence-name">{entry.name}</td>
                <td>
                  <span aria-hidden="true">{ROLE_GLYPH[entry.role]}</span>{" "}
                  {t(`signin.roles.${entry.role}.name`)}
                  {entry.rooms.length > 0 && (
                    <span className="block muted">
                      {entry.rooms.map(roomName).join(t("interp.listSeparator"))}
                    </span>
                  )}
                </td>
                <td className="tabular">{entry.workstation}</td>
                <td className="tabular">{formatAgo(Date.parse(entry.since), now, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Modal>
  );
}
