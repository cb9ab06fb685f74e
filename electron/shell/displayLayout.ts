import type { PopoutView } from "./bridgeContract";

/**
 * Where windows go on the control room's monitors. Pure: it takes the displays as Electron's `screen`
 * reports them (only the fields it needs) and the saved layout, and returns bounds, so it is unit-tested
 * without Electron.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of Electron's `Display` this module reads. */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

/** One window as remembered in electron-store. */
export interface SavedWindow {
  /** null: the main console; otherwise the view popped out into this window. */
  view: PopoutView | null;
  displayId: number;
  /** The display's bounds when saved: display ids can change when a monitor is plugged in again. */
  displayBounds: Rect;
  bounds: Rect;
  fullScreen: boolean;
  kiosk: boolean;
}

export interface WindowLayout {
  version: 1;
  windows: SavedWindow[];
}

export interface PlacedWindow {
  view: PopoutView | null;
  displayId: number;
  bounds: Rect;
  fullScreen: boolean;
  kiosk: boolean;
  /** False when the saved monitor is gone and the window moved to the primary display. */
  onSavedDisplay: boolean;
}

export const MAIN_SIZE = { width: 1600, height: 960 } as const;
export const MAIN_MIN = { width: 1280, height: 720 } as const;
export const POPOUT_SIZE = { width: 1280, height: 800 } as const;
export const POPOUT_MIN = { width: 640, height: 400 } as const;

const sameRect = (a: Rect, b: Rect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function primaryOf(displays: readonly DisplayInfo[], primaryId: number): DisplayInfo {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  if (!primary) throw new Error("no display: Electron reported an empty screen list");
  return primary;
}

/** The display a window mostly covers (Electron's `screen.getDisplayMatching`, testable). */
export function displayForBounds(
  bounds: Rect,
  displays: readonly DisplayInfo[],
  primaryId: number,
): DisplayInfo {
  let best = primaryOf(displays, primaryId);
  let bestArea = overlap(bounds, best.bounds);
  for (const display of displays) {
    const area = overlap(bounds, display.bounds);
    if (area > bestArea) {
      best = display;
      bestArea = area;
    }
  }
  return best;
}

/**
 * The saved window's monitor: by id, else one with exactly the saved bounds (Windows renumbers monitors
 * that are plugged in again), else null (gone).
 */
export function findSavedDisplay(saved: SavedWindow, displays: readonly DisplayInfo[]): DisplayInfo | null {
  return (
    displays.find((d) => d.id === saved.displayId) ??
    displays.find((d) => sameRect(d.bounds, saved.displayBounds)) ??
    null
  );
}

/** Shrinks a rectangle to fit the work area (not below `min` where the area allows) and moves it inside. */
export function keepOnScreen(bounds: Rect, workArea: Rect, min: { width: number; height: number }): Rect {
  const width = Math.min(Math.max(bounds.width, Math.min(min.width, workArea.width)), workArea.width);
  const height = Math.min(Math.max(bounds.height, Math.min(min.height, workArea.height)), workArea.height);
  const x = Math.min(Math.max(bounds.x, workArea.x), workArea.x + workArea.width - width);
  const y = Math.min(Math.max(bounds.y, workArea.y), workArea.y + workArea.height - height);
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
}

/** Moves bounds from a display that is gone to another, keeping their offset from its corner. */
function moveToDisplay(bounds: Rect, from: Rect, to: DisplayInfo): Rect {
  return {
    ...bounds,
    x: to.workArea.x + Math.max(0, bounds.x - from.x),
    y: to.workArea.y + Math.max(0, bounds.y - from.y),
  };
}

/** Where one saved window opens now: its own monitor if it is still there, else the primary one. */
export function placeSavedWindow(
  saved: SavedWindow,
  displays: readonly DisplayInfo[],
  primaryId: number,
): PlacedWindow {
  const found = findSavedDisplay(saved, displays);
  const display = found ?? primaryOf(displays, primaryId);
  const moved = found ? saved.bounds : moveToDisplay(saved.bounds, saved.displayBounds, display);
  const min = saved.view === null ? MAIN_MIN : POPOUT_MIN;
  return {
    view: saved.view,
    displayId: display.id,
    bounds: keepOnScreen(moved, display.workArea, min),
    // A wall display's kiosk belongs to that wall: on a laptop's only screen it would hide the console.
    fullScreen: found ? saved.fullScreen : false,
    kiosk: found ? saved.kiosk : false,
    onSavedDisplay: found !== null,
  };
}

/** The main console's place when nothing was saved: centred on the primary display. */
export function defaultMainPlacement(displays: readonly DisplayInfo[], primaryId: number): PlacedWindow {
  const display = primaryOf(displays, primaryId);
  const area = display.workArea;
  const width = Math.min(MAIN_SIZE.width, area.width);
  const height = Math.min(MAIN_SIZE.height, area.height);
  return {
    view: null,
    displayId: display.id,
    bounds: keepOnScreen(
      {
        x: area.x + Math.round((area.width - width) / 2),
        y: area.y + Math.round((area.height - height) / 2),
        width,
        height,
      },
      area,
      MAIN_MIN,
    ),
    fullScreen: false,
    kiosk: false,
    onSavedDisplay: true,
  };
}

/**
 * The windows to open at start: the main console once (saved or default), then each saved pop-out once per
 * view. A layout from a newer version or of another shape is ignored rather than trusted.
 */
export function restoreLayout(
  layout: WindowLayout | undefined,
  displays: readonly DisplayInfo[],
  primaryId: number,
): PlacedWindow[] {
  const saved = layout?.version === 1 && Array.isArray(layout.windows) ? layout.windows : [];
  const main = saved.find((w) => w.view === null);
  const placed = [
    main ? placeSavedWindow(main, displays, primaryId) : defaultMainPlacement(displays, primaryId),
  ];
  const seen = new Set<string>();
  for (const window of saved) {
    if (window.view === null || seen.has(window.view)) continue;
    seen.add(window.view);
    placed.push(placeSavedWindow(window, displays, primaryId));
  }
  return placed;
}

/**
 * A new pop-out goes to a monitor the main console is not on (the point of popping out); with one monitor
 * it cascades over the main window's display. `openCount` pop-outs are already open.
 */
export function popoutPlacement(
  displays: readonly DisplayInfo[],
  primaryId: number,
  mainDisplayId: number,
  openCount: number,
): { displayId: number; bounds: Rect } {
  const others = displays.filter((d) => d.id !== mainDisplayId);
  const display =
    others[openCount % Math.max(1, others.length)] ??
    displays.find((d) => d.id === mainDisplayId) ??
    primaryOf(displays, primaryId);
  const area = display.workArea;
  const width = Math.min(POPOUT_SIZE.width, area.width);
  const height = Math.min(POPOUT_SIZE.height, area.height);
  const cascade = others.length > 0 ? 0 : 32 * ((openCount % 6) + 1);
  const bounds = keepOnScreen(
    {
      x: area.x + Math.round((area.width - width) / 2) + cascade,
      y: area.y + Math.round((area.height - height) / 2) + cascade,
      width,
      height,
    },
    area,
    POPOUT_MIN,
  );
  return { displayId: display.id, bounds };
}

/** What is saved for one open window (its normal bounds, not the full-screen ones). */
export function captureWindow(
  window: { view: PopoutView | null; bounds: Rect; fullScreen: boolean; kiosk: boolean },
  displays: readonly DisplayInfo[],
  primaryId: number,
): SavedWindow {
  const display = displayForBounds(window.bounds, displays, primaryId);
  return {
    view: window.view,
    displayId: display.id,
    displayBounds: { ...display.bounds },
    bounds: { ...window.bounds },
    fullScreen: window.fullScreen,
    kiosk: window.kiosk,
  };
}

/**
 * A window no monitor shows any more (its monitor was unplugged while the app ran): new bounds on the
 * primary display, or null when it is still visible somewhere.
 */
export function rescueOffscreen(
  bounds: Rect,
  displays: readonly DisplayInfo[],
  primaryId: number,
  min: { width: number; height: number },
): Rect | null {
  const visible = displays.some((d) => overlap(bounds, d.workArea) >= 64 * 64);
  if (visible) return null;
  const primary = primaryOf(displays, primaryId);
  return keepOnScreen(bounds, primary.workArea, min);
}
