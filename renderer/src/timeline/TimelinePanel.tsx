import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TimelineSpan } from "../../../shared/views/timelineScale";
import { useShownDayIndex } from "../state/dayFocus";
import type { EventViews } from "../state/eventViews";
import { useUi } from "../state/uiStore";
import { DayTabs } from "./DayTabs";
import { KindLegend } from "./KindLegend";
import { TimelineGrid } from "./TimelineGrid";
import { ZoomControls } from "./ZoomControls";

export function TimelinePanel({ views }: { views: EventViews }) {
  const { t } = useTranslation();
  const zoom = useUi((s) => s.zoom);
  const { index, following } = useShownDayIndex(views.days);
  const span = useMemo<TimelineSpan>(
    () => (zoom === "all" ? { kind: "all" } : { kind: "day", dayIndex: index }),
    [zoom, index],
  );
  const inView = span.kind === "all" ? views.event.sessions : (views.sessionsByDay[index] ?? []);

  return (
    <section
      className="panel timeline-panel"
      aria-labelledby="timeline-heading"
      data-testid="timeline"
      data-zoom={zoom}
      data-day={index + 1}
      data-following={following}
    >
      <header className="panel-header">
        <h2 id="timeline-heading">{t("overview.timeline")}</h2>
        <DayTabs views={views} shownIndex={index} />
      </header>
      <div className="timeline-toolbar">
        <KindLegend sessions={inView} />
        <ZoomControls />
      </div>
      <TimelineGrid views={views} span={span} />
    </section>
  );
}
