import { useMemo, useRef } from "react";
import type { Floor, Room } from "../../../shared/model/venue";
import { useElementSize } from "../components/useElementSize";
import { useHub } from "../state/hubStore";
import type { HealthByRoom } from "./FloorPlanPanel";
import { type Box, labelBox, pointsAttribute } from "./geometry";
import { RoomLabel } from "./RoomLabel";

interface FloorPlanCanvasProps {
  floor: Floor;
  rooms: Room[];
  health: HealthByRoom;
  selectedRoomId: string | null;
}

/** Inner gap between a room's wall and its label, in pixels. */
const LABEL_INSET = 4;

function RoomShape({ room, selected }: { room: Room; selected: boolean }) {
  const live = useHub((s) => s.live?.rooms[room.id]);
  const status = live?.status ?? "closed";
  const points = pointsAttribute(room.polygon);
  return (
    <g
      className={`room-shape status-${status}${live?.issue ? " has-issue" : ""}${selected ? " is-selected" : ""}`}
    >
      <polygon className="room-fill" points={points} />
      {status === "live" && (
        <polygon className="room-pattern" points={points} fill="url(#plan-live-stripes)" />
      )}
      {status === "closed" && (
        <polygon className="room-pattern" points={points} fill="url(#plan-closed-hatch)" />
      )}
      <polygon className="room-outline" points={points} />
    </g>
  );
}

/**
 * The floor drawn to scale from the event's geometry (metres): SVG for walls and room shapes, HTML
 * labels on top so text keeps its size and wraps like the rest of the console.
 */
export function FloorPlanCanvas({ floor, rooms, health, selectedRoomId }: FloorPlanCanvasProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(frameRef);
  const scale = Math.min(size.width / floor.width, size.height / floor.height) || 0;
  const boxes = useMemo(() => new Map(rooms.map((r) => [r.id, labelBox(r.polygon)])), [rooms]);
  const toScreen = (box: Box): Box => ({
    x0: box.x0 * scale + LABEL_INSET,
    y0: box.y0 * scale + LABEL_INSET,
    x1: box.x1 * scale - LABEL_INSET,
    y1: box.y1 * scale - LABEL_INSET,
  });

  return (
    <div className="plan-frame" ref={frameRef}>
      <div
        className="plan-stage"
        data-testid="floor-plan"
        data-floor={floor.id}
        style={{ width: floor.width * scale, height: floor.height * scale }}
      >
        <svg
          className="plan-svg"
          viewBox={`0 0 ${floor.width} ${floor.height}`}
          width={floor.width * scale}
          height={floor.height * scale}
          aria-hidden="true"
        >
          <defs>
            <pattern
              id="plan-live-stripes"
              width="3"
              height="3"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="1.2" height="3" fill="rgba(255,255,255,0.14)" />
            </pattern>
            <pattern
              id="plan-closed-hatch"
              width="4"
              height="4"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(-45)"
            >
              <rect width="0.3" height="4" fill="rgba(255,255,255,0.10)" />
            </pattern>
          </defs>
          <polygon className="floor-outline" points={pointsAttribute(floor.outline)} />
          {rooms.map((room) => (
            <RoomShape key={room.id} room={room} selected={room.id === selectedRoomId} />
          ))}
        </svg>
        {scale > 0 &&
          rooms.map((room) => {
            const box = boxes.get(room.id);
            return box ? (
              <RoomLabel
                key={room.id}
                room={room}
                box={toScreen(box)}
                health={health[room.id] ?? "ok"}
                selected={room.id === selectedRoomId}
              />
            ) : null;
          })}
      </div>
    </div>
  );
}
