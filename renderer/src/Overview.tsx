import { NowNextPanel } from "./nownext/NowNextPanel";
import { FloorPlanPanel } from "./plan/FloorPlanPanel";
import { OtherSitesPanel } from "./sites/OtherSitesPanel";
import type { EventViews } from "./state/eventViews";
import { useHub } from "./state/hubStore";
import { TimelinePanel } from "./timeline/TimelinePanel";

/**
 * The duty officer's whole picture: where (plan), when (timeline) and what is on now and next; on a main
 * site, the other sites' pictures take the space under the timeline.
 */
export function Overview({ views }: { views: EventViews }) {
  const hasSites = useHub((s) => s.sites.length > 0);
  return (
    <div className={hasSites ? "overview has-sites" : "overview"} data-testid="overview">
      <FloorPlanPanel views={views} />
      <NowNextPanel views={views} />
      <TimelinePanel views={views} />
      {hasSites && <OtherSitesPanel />}
    </div>
  );
}
