import { useTranslation } from "react-i18next";
import type { SessionGoNoGo } from "../../../shared/readiness/readinessViews";
import { ReadinessMark } from "../speakers/ReadinessMark";

/**
 * The session's speakers at a glance: the go/no-go while it is still to start, and how many are ready.
 * The line is always there (empty without speakers), so moving between sessions never shifts the controls.
 */
export function SpeakersReadiness({ goNoGo }: { goNoGo: SessionGoNoGo | null }) {
  const { t } = useTranslation();
  const hasSpeakers = goNoGo !== null && goNoGo.speakerCount > 0;
  return (
    <p
      className="room-current-readiness"
      data-testid="room-current-readiness"
      data-status={goNoGo?.status ?? "none"}
    >
      {hasSpeakers && (
        <>
          {goNoGo.status && <ReadinessMark status={goNoGo.status} variant="word" />}
          <span className="tabular">
            {t("speakers.speakersReady", { ready: goNoGo.readyCount, total: goNoGo.speakerCount })}
          </span>
        </>
      )}
    </p>
  );
}
