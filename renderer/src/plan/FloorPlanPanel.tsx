import { useTranslation } from "react-i18next";
import type { DeviceStatus } from "../../../shared/live/vocabulary";
import type { EventViews } from "../state/eventViews";
import { selectStale, useHub } from "../state/hubStore";
import { useRoomHealth } from "../state/roomHealth";
import { useUi } from "../state/uiStore";
import { FloorPlanCanvas } from "./FloorPlanCanvas";
import { FloorSwitcher } from "./FloorSwitcher";

export type HealthByRoom = Record<string, DeviceStatus>;

/** The room a selection points at: the room itself, or the room of a selected session. */
function useSelectedRoomId(views: EventViews): string | null {
  return useUi((s) => {
    if (!s.selection) return null;
    if (s.selection.type === "room") return s.selection.id;
    return views.sessions.get(s.selection.id)?.roomId ?? null;
  });
}

export function FloorPlanPanel({ views }: { views: EventViews }) {
  const { t } = useTranslation();
  const chosenFloorId = useUi((s) => s.floorId);
  const stale = useHub(selectStale);
  const selectedRoomId = useSelectedRoomId(views);
  const health = useRoomHealth(views);
  const floor = views.floors.find((f) => f.id === chosenFloorId) ?? views.floors[0];
  if (!floor) return null;

  return (
    <section className="panel plan-panel" aria-labelledby="plan-heading" data-stale={stale}>
      <header className="panel-header">
        <h2 id="plan-heading">{t("overview.floorPlan")}</h2>
        {stale && <span className="stale-chip">{t("link.staleShort")}</span>}
        <FloorSwitcher floors={views.floors} currentId={floor.id} />
      </header>
      <FloorPlanCanvas
        floor={floor}
        rooms={views.roomsByFloor.get(floor.id) ?? []}
        health={health}
        selectedRoomId={selectedRoomId}
      />
    </section>
  );
}
