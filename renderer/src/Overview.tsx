import { NowNextPanel } from "./nownext/NowNextPanel";
import { FloorPlanPanel } from "./plan/FloorPlanPanel";
import type { EventViews } from "./state/eventViews";
import { TimelinePanel } from "./timeline/TimelinePanel";

/** The duty officer's whole picture: where (plan), when (timeline) and what is on now and next. */
export function Overview({ views }: { views: EventViews }) {
  return (
    <div className="overview" data-testid="overview">
      <FloorPlanPanel views={views} />
      <NowNextPanel views={views} />
      <TimelinePanel views={views} />
    </div>
  );
}
