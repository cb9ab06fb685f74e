import { useTranslation } from "react-i18next";

/** A message for the person at the device, in front of everything until they tap OK. */
export function NoticeBanner({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="device-notice" data-testid="device-notice" role="alert">
      <span className="device-notice-text">{text}</span>
      <button type="button" className="device-button" data-testid="device-notice-dismiss" onClick={onDismiss}>
        {t("devicePage.dismiss")}
      </button>
    </div>
  );
}
