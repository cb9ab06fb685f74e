import type { WindowLayout } from "./shell/displayLayout";
import type { WindowBounds } from "./windowOptions";

/** What the desktop app remembers between runs (electron-store, in the user's config folder). */
export interface Preferences {
  /** The main window's bounds before per-monitor layouts existed; read once to place the main window. */
  windowBounds?: WindowBounds;
  /** Every open window, per monitor, as it was when the app last closed. */
  windowLayout?: WindowLayout;
  language: "en" | "zh-CN";
  role: string;
  /** Keep the app (and its hub) running in the tray when the last window closes. */
  keepRunning: boolean;
  /** Client mode saved with `--connect URL --remember`: the hub to connect to at every start. */
  clientHub?: string;
  /** That hub's access code, encrypted with the OS keychain (Electron safeStorage); never stored in clear. */
  clientHubCode?: string;
}

export const DEFAULT_PREFERENCES: Preferences = { language: "en", role: "viewer", keepRunning: false };

/** The subset the console page may read and write through the preload bridge. */
export type BridgePreferences = Pick<Preferences, "language" | "role">;

export const IPC = {
  getPreferences: "prefs:get",
  setPreference: "prefs:set",
} as const;
