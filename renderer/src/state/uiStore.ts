import { create } from "zustand";

export type Selection = { type: "room"; id: string } | { type: "session"; id: string };
export type Overlay = "help" | "about" | "clock";
/** The console's main views, switched from the top bar. */
export const VIEWS = ["overview", "devices", "room", "interpretation", "speakers", "log"] as const;
export type View = (typeof VIEWS)[number];
export const ZOOM_LEVELS = ["all", "day", "day2", "day4"] as const;
export type Zoom = (typeof ZOOM_LEVELS)[number];
export const ZOOM_FACTOR: Record<Zoom, number> = { all: 1, day: 1, day2: 2, day4: 4 };

interface UiState {
  view: View;
  /** Day shown in the timeline; null follows the venue clock's day. */
  dayIndex: number | null;
  /** Floor shown on the plan; null shows the lowest floor. */
  floorId: string | null;
  zoom: Zoom;
  selection: Selection | null;
  overlay: Overlay | null;
  selectDay: (dayIndex: number | null) => void;
  selectFloor: (floorId: string) => void;
  setZoom: (zoom: Zoom) => void;
  zoomBy: (step: 1 | -1) => void;
  /** Selects a room or session; with a floor, the plan shows that floor so the room is in view. */
  select: (selection: Selection | null, floorId?: string) => void;
  openOverlay: (overlay: Overlay | null) => void;
  setView: (view: View) => void;
}

export const useUi = create<UiState>()((set, get) => ({
  view: "overview",
  dayIndex: null,
  floorId: null,
  zoom: "day",
  selection: null,
  overlay: null,
  selectDay: (dayIndex) =>
    set((s) => ({ dayIndex, zoom: s.zoom === "all" && dayIndex !== null ? "day" : s.zoom })),
  selectFloor: (floorId) => set({ floorId }),
  setZoom: (zoom) => set({ zoom }),
  zoomBy: (step) => {
    const index = ZOOM_LEVELS.indexOf(get().zoom) + step;
    const zoom = ZOOM_LEVELS[Math.min(ZOOM_LEVELS.length - 1, Math.max(0, index))];
    if (zoom) set({ zoom });
  },
  select: (selection, floorId) => set(floorId ? { selection, floorId } : { selection }),
  openOverlay: (overlay) => set({ overlay }),
  // The room and session panel belongs to the overview; it would cover the devices view.
  setView: (view) => set((s) => ({ view, selection: view === "overview" ? s.selection : null })),
}));
