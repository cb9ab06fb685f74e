import type { TFunction } from "i18next";
import type { PlanningWarning } from "../../../../shared/interpretation/planning";
import type { Names } from "../names";

const hours = (minutes: number) => {
  const whole = Math.floor(minutes);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
};

/** A planning warning in the console's language. */
export function planningText(warning: PlanningWarning, names: Names, t: TFunction): string {
  switch (warning.kind) {
    case "understaffed":
      return warning.needed === null
        ? t("interp.planning.tooLong", {
            booth: names.booth(warning.boothId),
            session: names.session(warning.sessionId),
            length: hours(warning.minutes),
            assigned: warning.assigned,
          })
        : t("interp.planning.understaffed", {
            booth: names.booth(warning.boothId),
            session: names.session(warning.sessionId),
            length: hours(warning.minutes),
            assigned: warning.assigned,
            needed: warning.needed,
          });
    case "thin-pivot":
      return t("interp.planning.thinPivot", {
        booth: names.booth(warning.boothId),
        session: names.session(warning.sessionId),
        able: warning.able,
        dependents: warning.dependents.map(names.booth).join(t("interp.listSeparator")),
      });
    case "overlap":
      return t("interp.planning.overlap", {
        name: names.interpreter(warning.interpreterId),
        first: `${names.session(warning.first.sessionId)} (${names.booth(warning.first.boothId)})`,
        second: `${names.session(warning.second.sessionId)} (${names.booth(warning.second.boothId)})`,
      });
    case "over-cap":
      return t("interp.planning.overCap", {
        name: names.interpreter(warning.interpreterId),
        planned: hours(warning.plannedMinutes),
        cap: hours(warning.capMinutes),
        kind: t(`interp.cap.${warning.cap}`),
      });
  }
}

/** A stable id for a warning, for keys and tests. */
export function planningKey(warning: PlanningWarning): string {
  switch (warning.kind) {
    case "understaffed":
    case "thin-pivot":
      return `${warning.kind}-${warning.sessionId}-${warning.boothId}`;
    case "overlap":
      return `overlap-${warning.interpreterId}-${warning.first.sessionId}-${warning.second.sessionId}`;
    case "over-cap":
      return `over-cap-${warning.interpreterId}-${warning.date}`;
  }
}

export { hours as formatHours };
