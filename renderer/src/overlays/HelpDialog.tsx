import { useTranslation } from "react-i18next";
import { Modal } from "../components/Modal";
import { SHORTCUT_HELP } from "../keyboard/shortcuts";
import { useUi } from "../state/uiStore";

export function HelpDialog() {
  const { t } = useTranslation();
  const open = useUi((s) => s.overlay === "help");
  const close = useUi((s) => s.openOverlay);
  return (
    <Modal open={open} title={t("help.title")} onClose={() => close(null)} testId="help-overlay">
      <table className="shortcut-table">
        <tbody>
          {SHORTCUT_HELP.map((shortcut) => (
            <tr key={shortcut.description}>
              <td className="shortcut-keys">
                {shortcut.keys.map((key) =>
                  key === "…" ? <span key={key}> … </span> : <kbd key={key}>{key}</kbd>,
                )}
              </td>
              <td>{t(shortcut.description)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
