import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { OPERATOR_ROLES, type OperatorRole } from "../../../shared/access/operators";
import type { Alert, LogEntry } from "../../../shared/live/liveState";
import type { DayReport } from "../../../shared/reports/dayReport";
import { useAlertText } from "../alerts/useAlertText";
import { useLogNames } from "../log/logNames";
import type { EventViews } from "../state/eventViews";

export interface ReportNames {
  room: (id: string) => string;
  session: (id: string) => string;
  device: (id: string) => string;
  interpreter: (id: string) => string;
  role: (role: string) => string;
  links: (links: LogEntry["links"]) => string;
  alert: (alert: DayReport["alerts"][number]) => string;
}

const isRole = (role: string): role is OperatorRole => (OPERATOR_ROLES as readonly string[]).includes(role);

/** How the report names what it lists, in the console's language. */
export function useReportNames(views: EventViews): ReportNames {
  const { t } = useTranslation();
  const log = useLogNames(views.event);
  const alertText = useAlertText(views.event);
  return useMemo(() => {
    const interpreters = new Map(views.event.people.interpreters.map((p) => [p.id, p.name]));
    return {
      room: log.room,
      session: log.session,
      device: log.device,
      interpreter: (id) => interpreters.get(id) ?? id,
      role: (role) => (isRole(role) ? t(`signin.roles.${role}.name`) : role),
      links: (links) =>
        [
          links.roomId && log.room(links.roomId),
          links.sessionId && log.session(links.sessionId),
          links.deviceId && log.device(links.deviceId),
          links.boothId && log.booth(links.boothId),
        ]
          .filter(Boolean)
          .join(" · "),
      // The report's alert carries what the rail's does, except the live stamps the text never reads.
      alert: (a) => alertText({ ...a, acknowledged: null } as Alert),
    };
  }, [views, log, alertText, t]);
}
