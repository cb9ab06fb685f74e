import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Alert } from "../../../shared/live/liveState";
import { usePermission } from "../signin/usePermission";
import { acknowledgeAlert } from "./acknowledge";
import { askNotificationPermission } from "./desktopNotice";

/** Acknowledge, for everyone; disabled with the reason when this console may not, or already done. */
export function AckButton({ alert, compact }: { alert: Alert; compact?: boolean }) {
  const { t } = useTranslation();
  const permission = usePermission({ type: "alert.acknowledge", alertId: alert.id });
  const [busy, setBusy] = useState(false);
  const done = alert.acknowledged !== null || alert.resolvedAt !== null;
  const reason = permission.allowed ? undefined : permission.reason;
  return (
    <button
      type="button"
      className={compact ? "button alert-ack is-compact" : "button alert-ack"}
      data-testid={`alert-ack-${alert.id}`}
      disabled={done || busy || !permission.allowed}
      title={reason ?? t("alerts.acknowledgeHint")}
      aria-description={reason}
      onClick={async () => {
        // A press is the gesture the browser wants: a console signed in before asks here the first time.
        askNotificationPermission();
        setBusy(true);
        await acknowledgeAlert(alert.id);
        setBusy(false);
      }}
    >
      ✓ {t("alerts.acknowledge")}
    </button>
  );
}
