import { useTranslation } from "react-i18next";

/**
 * A stale edit refused by the hub: says who changed it (the hub's words) and offers the current value, so
 * nobody overwrites a colleague's change without seeing it.
 */
export function ConflictNotice({
  message,
  onReload,
  testId,
}: {
  message: string;
  onReload: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="conflict-notice" role="alert" data-testid={testId}>
      <p className="conflict-title">⚠ {t("conflict.title")}</p>
      <p className="conflict-message">{message}</p>
      <button type="button" className="button" data-testid={`${testId}-reload`} onClick={onReload}>
        ↻ {t("conflict.reload")}
      </button>
    </div>
  );
}
