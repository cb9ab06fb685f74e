import type { Point } from "../../../shared/model/common";

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function pointsAttribute(points: readonly Point[]): string {
  return points.map(([x, y]) => `${x},${y}`).join(" ");
}

export function boundingBox(points: readonly Point[]): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function edges(points: readonly Point[]): [Point, Point][] {
  return points.map((p, i) => [p, points[(i + 1) % points.length] ?? p]);
}

/** Interior interval of the polygon along a horizontal (axis 0) or vertical (axis 1) line through p. */
function chord(points: readonly Point[], p: Point, axis: 0 | 1): [number, number] | null {
  const along = axis;
  const across = axis === 0 ? 1 : 0;
  const hits: number[] = [];
  for (const [a, b] of edges(points)) {
    const [a1, b1] = [a[across], b[across]];
    if (a1 === b1 || p[across] < Math.min(a1, b1) || p[across] >= Math.max(a1, b1)) continue;
    hits.push(a[along] + ((p[across] - a1) / (b1 - a1)) * (b[along] - a[along]));
  }
  hits.sort((m, n) => m - n);
  for (let i = 0; i + 1 < hits.length; i += 2) {
    const from = hits[i] ?? 0;
    const to = hits[i + 1] ?? 0;
    if (p[along] >= from && p[along] <= to) return [from, to];
  }
  return null;
}

/**
 * Grows a rectangle from p: the interior span along one axis, then as far across as the whole span
 * stays inside (checked at sample points along it).
 */
function grow(points: readonly Point[], p: Point, first: 0 | 1, samples: number): Box | null {
  const span = chord(points, p, first);
  if (!span) return null;
  const second: 0 | 1 = first === 0 ? 1 : 0;
  let from = Number.NEGATIVE_INFINITY;
  let to = Number.POSITIVE_INFINITY;
  const inset = (span[1] - span[0]) * 0.001;
  for (let k = 0; k <= samples; k++) {
    const at = span[0] + inset + ((span[1] - span[0] - 2 * inset) * k) / samples;
    const q: Point = first === 0 ? [at, p[1]] : [p[0], at];
    const across = chord(points, q, second);
    if (!across) return null;
    from = Math.max(from, across[0]);
    to = Math.min(to, across[1]);
  }
  return first === 0
    ? { x0: span[0], x1: span[1], y0: from, y1: to }
    : { x0: from, x1: to, y0: span[0], y1: span[1] };
}

/**
 * The rectangle in which a room's label goes: the largest of the rectangles grown from a grid of
 * points, so an L-shaped hall labels its larger wing and a label never sits over a neighbouring room.
 */
export function labelBox(points: readonly Point[], samples = 9): Box {
  const bounds = boundingBox(points);
  let best: Box = bounds;
  let bestArea = -1;
  for (let i = 1; i <= samples; i++) {
    for (let j = 1; j <= samples; j++) {
      const p: Point = [
        bounds.x0 + ((bounds.x1 - bounds.x0) * i) / (samples + 1),
        bounds.y0 + ((bounds.y1 - bounds.y0) * j) / (samples + 1),
      ];
      for (const axis of [0, 1] as const) {
        const box = grow(points, p, axis, samples);
        const area = box ? (box.x1 - box.x0) * (box.y1 - box.y0) : -1;
        if (box && area > bestArea + 1e-9) {
          bestArea = area;
          best = box;
        }
      }
    }
  }
  return best;
}
