import type { Point } from "../model/common";
import type { Floor } from "../model/venue";

const round = (n: number) => Math.round(n * 10) / 10;

const rectangle = (x: number, y: number, w: number, h: number): Point[] => [
  [round(x), round(y)],
  [round(x + w), round(y)],
  [round(x + w), round(y + h)],
  [round(x), round(y + h)],
];

/**
 * Placeholder outlines for rooms an import brings without a place on the floor plan. On an empty floor
 * they tile the plan; on a drawn floor they sit as small squares along its bottom edge, where an
 * operator sees them and draws them properly. Either way the import reports them.
 */
export function placeholderPolygons(floor: Floor, count: number, floorHasRooms: boolean): Point[][] {
  if (count === 0) return [];
  if (!floorHasRooms) {
    const columns = Math.ceil(Math.sqrt((count * floor.width) / floor.height));
    const rows = Math.ceil(count / columns);
    const cellW = floor.width / columns;
    const cellH = floor.height / rows;
    const margin = Math.min(cellW, cellH) * 0.08;
    return Array.from({ length: count }, (_, i) =>
      rectangle(
        (i % columns) * cellW + margin,
        Math.floor(i / columns) * cellH + margin,
        cellW - 2 * margin,
        cellH - 2 * margin,
      ),
    );
  }
  const side = Math.min(6, floor.height / 6, (floor.width - 1) / count - 1);
  return Array.from({ length: count }, (_, i) =>
    rectangle(1 + i * (side + 1), floor.height - side - 1, side, side),
  );
}

/** A floor for an event that has no plan yet, sized for `roomCount` rooms of about 20 x 14 m. */
export function placeholderFloor(id: string, level: number, roomCount: number): Floor {
  const columns = Math.max(1, Math.min(4, roomCount));
  const rows = Math.max(1, Math.ceil(roomCount / columns));
  const width = columns * 22;
  const height = rows * 16;
  return {
    id,
    name: { en: `Level ${level}`, "zh-CN": `${level}层` },
    level,
    width,
    height,
    outline: rectangle(0, 0, width, height),
  };
}
