import { useTranslation } from "react-i18next";
import { usePermission } from "../signin/usePermission";
import { ImportDialog } from "./ImportDialog";
import { useProgrammeUi } from "./programmeStore";
import { SessionEditDialog } from "./SessionEditDialog";
import "../styles/programme.css";

/** The programme's dialogs (import with preview, session edit); mounted once by the App. U opens the import. */
export function ProgrammeDialogs() {
  return (
    <>
      <ImportDialog />
      <SessionEditDialog />
    </>
  );
}

/** Opens the Programme dialog; in the duty strip's row, the same place on every view. */
export function ProgrammeButton() {
  const { t } = useTranslation();
  const openImport = useProgrammeUi((s) => s.openImport);
  return (
    <div className="programme-strip">
      <button
        type="button"
        className="button programme-open"
        data-testid="programme-open"
        title={`${t("programme.openTitle")} (U)`}
        onClick={() => openImport(true)}
      >
        <span aria-hidden="true">▤</span> {t("programme.open")}
      </button>
    </div>
  );
}

/** "Edit session…" for the session detail and the Room view: disabled, with the reason, where the hub would refuse. */
export function SessionEditButton({
  sessionId,
  compact = false,
}: {
  sessionId: string;
  /** Where space is tight (the Room view's heading): the reason a role may not edit is on hover only. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const editSession = useProgrammeUi((s) => s.editSession);
  const permission = usePermission({ type: "session.edit", sessionId });
  const reason = permission.allowed ? undefined : permission.reason;
  return (
    <div className="programme-edit-open">
      <button
        type="button"
        className="button"
        data-testid="session-edit-open"
        disabled={!permission.allowed}
        title={reason}
        aria-description={reason}
        onClick={() => editSession(sessionId)}
      >
        ✎ {t("programme.edit.button")}
      </button>
      {reason && !compact && (
        <p className="muted programme-edit-reason" data-testid="session-edit-permission">
          ⊘ {reason}
        </p>
      )}
    </div>
  );
}
