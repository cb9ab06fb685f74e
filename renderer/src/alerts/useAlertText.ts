import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Alert } from "../../../shared/live/liveState";
import type { AlertNames } from "../../../shared/sites/siteSummary";
import { useLocale } from "../i18n/i18n";
import { alertText } from "../interpretation/alertText";
import { useNames } from "../interpretation/names";

/** Says any alert in the console's language, naming rooms, booths, devices and speakers as the screens do. */
export function useAlertText(event: AlertNames): (alert: Alert) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  const names = useNames(event);
  const devices = useMemo(() => new Map(event.devices.map((d) => [d.id, d.label ?? d.id])), [event]);
  const speakers = useMemo(() => new Map(event.people.speakers.map((s) => [s.id, s])), [event]);
  return useCallback(
    (alert: Alert) =>
      alertText(
        alert,
        names,
        t,
        (id) => devices.get(id) ?? id,
        (id) => {
          const speaker = speakers.get(id);
          if (!speaker) return id;
          return locale === "zh-CN" && speaker.nameZh ? speaker.nameZh : speaker.name;
        },
      ),
    [names, t, devices, speakers, locale],
  );
}
