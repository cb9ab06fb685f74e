import { useTranslation } from "react-i18next";

/** The header of a side panel: what it shows, and a large close button (Esc does the same). */
export function PanelHeader({
  kicker,
  closeTestId,
  onClose,
}: {
  kicker: string;
  closeTestId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <header className="detail-header">
      <span className="detail-kicker">{kicker}</span>
      <button
        type="button"
        className="button icon-button"
        data-testid={closeTestId}
        aria-label={t("detail.close")}
        title={t("detail.close")}
        onClick={onClose}
      >
        ✕
      </button>
    </header>
  );
}
