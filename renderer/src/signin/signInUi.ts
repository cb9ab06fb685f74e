import { create } from "zustand";

/** Set when someone chose to watch without signing in: the dialog then stays closed until asked for. */
const WATCH_KEY = "venue-ops.watch-only";

function readWatchOnly(): boolean {
  try {
    return sessionStorage.getItem(WATCH_KEY) === "1";
  } catch {
    return false;
  }
}

interface SignInUi {
  /** The sign-in dialog, opened by hand (the top bar) or because nobody is signed in. */
  dialogOpen: boolean;
  /** Who is signed in where, and this console's sign-out. */
  panelOpen: boolean;
  watchOnly: boolean;
  openDialog: (open: boolean) => void;
  openPanel: (open: boolean) => void;
  setWatchOnly: (watchOnly: boolean) => void;
}

export const useSignInUi = create<SignInUi>()((set) => ({
  dialogOpen: false,
  panelOpen: false,
  watchOnly: readWatchOnly(),
  openDialog: (dialogOpen) => set(dialogOpen ? { dialogOpen, panelOpen: false } : { dialogOpen }),
  openPanel: (panelOpen) => set({ panelOpen }),
  setWatchOnly: (watchOnly) => {
    try {
      if (watchOnly) sessionStorage.setItem(WATCH_KEY, "1");
      else sessionStorage.removeItem(WATCH_KEY);
    } catch {
      // Not remembered: the dialog comes back after a reload, which is harmless.
    }
    set({ watchOnly });
  },
}));
