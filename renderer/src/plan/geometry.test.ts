import { describe, expect, it } from "vitest";
import type { Point } from "../../../shared/model/common";
import { boundingBox, labelBox, pointsAttribute } from "./geometry";

const rect: Point[] = [
  [4, 4],
  [76, 4],
  [76, 66],
  [4, 66],
];
// The demo's exhibition hall: a wide top wing and a narrower leg down the right.
const lShape: Point[] = [
  [84, 4],
  [176, 4],
  [176, 70],
  [142, 70],
  [142, 40],
  [84, 40],
];

describe("plan geometry", () => {
  it("labels a rectangle across the whole room", () => {
    expect(labelBox(rect)).toEqual({ x0: 4, x1: 76, y0: 4, y1: 66 });
  });

  it("labels an L-shaped room inside itself, never over the notch", () => {
    const box = labelBox(lShape);
    expect(box.y1 <= 40 || box.x0 >= 142).toBe(true);
    expect(box.x1 - box.x0).toBeGreaterThan(30);
  });

  it("writes SVG points and bounds", () => {
    expect(pointsAttribute(rect.slice(0, 2))).toBe("4,4 76,4");
    expect(boundingBox(lShape)).toEqual({ x0: 84, y0: 4, x1: 176, y1: 70 });
  });
});
