import { contextBridge, ipcRenderer } from "electron";
import { type BridgePreferences, IPC } from "./preferences";

/** The narrow bridge a console page gets inside the desktop app; never raw ipcRenderer. */
const bridge = {
  isDesktop: true as const,
  getPreferences: (): Promise<BridgePreferences> => ipcRenderer.invoke(IPC.getPreferences),
  setPreference: <K extends keyof BridgePreferences>(key: K, value: BridgePreferences[K]): Promise<void> =>
    ipcRenderer.invoke(IPC.setPreference, key, value),
};

export type DesktopBridge = typeof bridge;
contextBridge.exposeInMainWorld("venueOpsDesktop", bridge);
