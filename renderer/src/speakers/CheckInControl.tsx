import { useTranslation } from "react-i18next";
import type { CheckLive } from "../../../shared/live/liveState";
import { formatTime } from "../format/venueTime";
import { usePermission } from "../signin/usePermission";
import { useHub } from "../state/hubStore";
import { checkInCommand, runSpeakerCommand } from "./speakerActions";

interface CheckInControlProps {
  sessionId: string;
  speakerId: string;
  name: string;
  /** The check-in item's record, if it has been ticked (or unticked) before. */
  check: CheckLive | null;
  zone: string;
  isToday: boolean;
  testId: string;
}

/** Arrival at the desk, as the kiosk records it: a large button until the speaker is checked in. */
export function CheckInControl({
  sessionId,
  speakerId,
  name,
  check,
  zone,
  isToday,
  testId,
}: CheckInControlProps) {
  const { t } = useTranslation();
  const connected = useHub((s) => s.link === "connected");
  const command = checkInCommand(speakerId, sessionId, isToday);
  const permission = usePermission(command);
  const reason = permission.allowed ? undefined : permission.reason;
  if (check?.done) {
    return (
      <p className="spk-checked-in" data-testid={testId} data-checked-in="true">
        <span aria-hidden="true">✓</span>{" "}
        {t("speakers.checkedIn", { time: formatTime(Date.parse(check.at), zone) })}
      </p>
    );
  }
  return (
    <button
      type="button"
      className="button button-primary spk-checkin"
      data-testid={testId}
      data-checked-in="false"
      disabled={!connected || !permission.allowed}
      aria-description={reason}
      title={
        reason ??
        (isToday ? t("speakers.checkInTitle", { name }) : t("speakers.checkInTitleSession", { name }))
      }
      onClick={() => void runSpeakerCommand(command)}
    >
      {t("speakers.checkIn")}
    </button>
  );
}
