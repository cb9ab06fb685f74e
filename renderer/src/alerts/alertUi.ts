import { create } from "zustand";
import { type AlertFilter, NO_FILTER } from "./alertFilter";

const MUTE_KEY = "venue-ops.alarm-muted";

function readMuted(): boolean {
  try {
    return localStorage.getItem(MUTE_KEY) === "1";
  } catch {
    return false;
  }
}

interface AlertUi {
  listOpen: boolean;
  filter: AlertFilter;
  /** This console only: the others keep sounding. */
  muted: boolean;
  /** Why the last acknowledgement was refused, if it was. */
  failure: string | null;
  openList: (open: boolean) => void;
  setFilter: (change: Partial<AlertFilter>) => void;
  setMuted: (muted: boolean) => void;
  setFailure: (failure: string | null) => void;
}

export const useAlertUi = create<AlertUi>()((set) => ({
  listOpen: false,
  filter: NO_FILTER,
  muted: readMuted(),
  failure: null,
  openList: (listOpen) => set({ listOpen }),
  setFilter: (change) => set((s) => ({ filter: { ...s.filter, ...change } })),
  setMuted: (muted) => {
    try {
      localStorage.setItem(MUTE_KEY, muted ? "1" : "0");
    } catch {
      // Not remembered after a reload; muted for now.
    }
    set({ muted });
  },
  setFailure: (failure) => set({ failure }),
}));
