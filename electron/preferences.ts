import type { WindowBounds } from "./windowOptions";

/** What the desktop app remembers between runs (electron-store, in the user's config folder). */
export interface Preferences {
  windowBounds?: WindowBounds;
  language: "en" | "zh-CN";
  role: string;
  /** The last hub this PC connected to in client mode. */
  lastHubAddress?: string;
}

export const DEFAULT_PREFERENCES: Preferences = { language: "en", role: "viewer" };

/** The subset the console page may read and write through the preload bridge. */
export type BridgePreferences = Pick<Preferences, "language" | "role">;

export const IPC = {
  getPreferences: "prefs:get",
  setPreference: "prefs:set",
} as const;
