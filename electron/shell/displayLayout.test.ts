import { describe, expect, it } from "vitest";
import {
  captureWindow,
  type DisplayInfo,
  displayForBounds,
  keepOnScreen,
  popoutPlacement,
  rescueOffscreen,
  restoreLayout,
  type SavedWindow,
} from "./displayLayout";

// Displays as Electron's `screen` reports them: the only Electron boundary this module has, given as
// plain data (no Electron needed). A laptop (primary) and a wall display to its right.
const laptop: DisplayInfo = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};
const wall: DisplayInfo = {
  id: 2,
  bounds: { x: 1920, y: 0, width: 3840, height: 2160 },
  workArea: { x: 1920, y: 0, width: 3840, height: 2160 },
};

const planOnWall: SavedWindow = {
  view: "plan",
  displayId: 2,
  displayBounds: wall.bounds,
  bounds: { x: 2000, y: 100, width: 1600, height: 1000 },
  fullScreen: false,
  kiosk: true,
};
const mainOnLaptop: SavedWindow = {
  view: null,
  displayId: 1,
  displayBounds: laptop.bounds,
  bounds: { x: 10, y: 10, width: 1600, height: 960 },
  fullScreen: false,
  kiosk: false,
};

describe("restoring the window layout", () => {
  it("opens the main console centred on the primary display when nothing was saved", () => {
    const [main, ...rest] = restoreLayout(undefined, [laptop, wall], 1);
    expect(rest).toEqual([]);
    expect(main).toMatchObject({
      view: null,
      displayId: 1,
      bounds: { x: 160, y: 40, width: 1600, height: 960 },
    });
  });

  it("puts each saved window back on its own monitor, kiosk included", () => {
    const placed = restoreLayout({ version: 1, windows: [mainOnLaptop, planOnWall] }, [laptop, wall], 1);
    expect(placed).toEqual([
      {
        view: null,
        displayId: 1,
        bounds: mainOnLaptop.bounds,
        fullScreen: false,
        kiosk: false,
        onSavedDisplay: true,
      },
      {
        view: "plan",
        displayId: 2,
        bounds: planOnWall.bounds,
        fullScreen: false,
        kiosk: true,
        onSavedDisplay: true,
      },
    ]);
  });

  it("finds a monitor that came back with another id by its bounds", () => {
    const renumbered = { ...wall, id: 7 };
    const [, plan] = restoreLayout(
      { version: 1, windows: [mainOnLaptop, planOnWall] },
      [laptop, renumbered],
      1,
    );
    expect(plan).toMatchObject({
      displayId: 7,
      bounds: planOnWall.bounds,
      kiosk: true,
      onSavedDisplay: true,
    });
  });

  it("falls back to the primary display, on screen and out of kiosk, when the monitor is gone", () => {
    const [, plan] = restoreLayout({ version: 1, windows: [mainOnLaptop, planOnWall] }, [laptop], 1);
    expect(plan).toMatchObject({ displayId: 1, kiosk: false, fullScreen: false, onSavedDisplay: false });
    const b = plan?.bounds ?? { x: -1, y: -1, width: 0, height: 0 };
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(1920);
    expect(b.y + b.height).toBeLessThanOrEqual(1040);
  });

  it("opens each view once and ignores a layout it does not know", () => {
    const twice = restoreLayout({ version: 1, windows: [planOnWall, planOnWall] }, [laptop, wall], 1);
    expect(twice.map((w) => w.view)).toEqual([null, "plan"]);
    const future = { version: 2, windows: [planOnWall] } as unknown as Parameters<typeof restoreLayout>[0];
    expect(restoreLayout(future, [laptop, wall], 1).map((w) => w.view)).toEqual([null]);
  });
});

describe("placing windows", () => {
  it("keeps a window inside the work area, shrinking it if it is larger", () => {
    expect(
      keepOnScreen({ x: 1800, y: -50, width: 800, height: 600 }, laptop.workArea, {
        width: 640,
        height: 400,
      }),
    ).toEqual({ x: 1120, y: 0, width: 800, height: 600 });
    expect(
      keepOnScreen({ x: 0, y: 0, width: 4000, height: 3000 }, laptop.workArea, { width: 640, height: 400 }),
    ).toEqual(laptop.workArea);
  });

  it("pops a view out onto a monitor the main console is not on", () => {
    expect(popoutPlacement([laptop, wall], 1, 1, 0).displayId).toBe(2);
    expect(popoutPlacement([laptop, wall], 1, 2, 0).displayId).toBe(1);
  });

  it("cascades pop-outs on the main display when there is one monitor", () => {
    const first = popoutPlacement([laptop], 1, 1, 0).bounds;
    const second = popoutPlacement([laptop], 1, 1, 1).bounds;
    expect(second.x).toBeGreaterThan(first.x);
    expect(second.x + second.width).toBeLessThanOrEqual(1920);
  });

  it("saves a window with the display it mostly covers", () => {
    const saved = captureWindow(
      {
        view: "timeline",
        bounds: { x: 1800, y: 0, width: 1000, height: 800 },
        fullScreen: true,
        kiosk: false,
      },
      [laptop, wall],
      1,
    );
    expect(saved).toMatchObject({
      view: "timeline",
      displayId: 2,
      displayBounds: wall.bounds,
      fullScreen: true,
    });
    expect(displayForBounds({ x: -5000, y: 0, width: 10, height: 10 }, [laptop, wall], 1).id).toBe(1);
  });

  it("rescues a window whose monitor was unplugged", () => {
    expect(rescueOffscreen(planOnWall.bounds, [laptop], 1, { width: 640, height: 400 })).toMatchObject({
      x: 320,
    });
    expect(rescueOffscreen(mainOnLaptop.bounds, [laptop], 1, { width: 640, height: 400 })).toBeNull();
  });
});
