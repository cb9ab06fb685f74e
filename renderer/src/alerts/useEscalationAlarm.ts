import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Alert } from "../../../shared/live/liveState";
import { beep } from "./alarmSound";
import { notifyDesktop } from "./desktopNotice";

/** Often enough that nobody forgets it, rarely enough that people can still talk over it. */
export const ALARM_REPEAT_MS = 5000;

/**
 * While any alert is escalated and unacknowledged, this console beeps every few seconds (unless muted
 * here) and shows one desktop notification per escalated alert.
 */
export function useEscalationAlarm(escalated: Alert[], muted: boolean, sayAlert: (a: Alert) => string) {
  const { t } = useTranslation();
  const notified = useRef(new Set<string>());
  const ringing = escalated.length > 0 && !muted;

  useEffect(() => {
    for (const alert of escalated) {
      if (notified.current.has(alert.id)) continue;
      notified.current.add(alert.id);
      notifyDesktop(t("alerts.notifyTitle"), sayAlert(alert), alert.id);
    }
  }, [escalated, sayAlert, t]);

  useEffect(() => {
    if (!ringing) return;
    beep();
    const timer = setInterval(beep, ALARM_REPEAT_MS);
    return () => clearInterval(timer);
  }, [ringing]);
}
