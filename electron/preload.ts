import { contextBridge, type IpcRendererEvent, ipcRenderer } from "electron";
import { type BridgePreferences, IPC } from "./preferences";
import {
  type AlertSubjectRef,
  type DesktopNotice,
  type HubInfo,
  isMenuAction,
  type MenuAction,
  SHELL_IPC,
  type ShellStatus,
} from "./shell/bridgeContract";
import { parseSubject } from "./shell/desktopNotices";

// Asked once, synchronously, before the console's scripts run: the access code must be in its first hello.
// The main process answers only a hub page (it checks the sender's origin); anything else gets null.
const hubInfo = ipcRenderer.sendSync(SHELL_IPC.hubInfo) as HubInfo | null;

/** The narrow bridge a console page gets inside the desktop app; never raw ipcRenderer. */
const bridge = {
  isDesktop: true as const,
  /** Which hub this window is on, and its access code for the hello and the API's Bearer header. */
  hubInfo,
  getPreferences: (): Promise<BridgePreferences> => ipcRenderer.invoke(IPC.getPreferences),
  setPreference: <K extends keyof BridgePreferences>(key: K, value: BridgePreferences[K]): Promise<void> =>
    ipcRenderer.invoke(IPC.setPreference, key, value),
  /** Menu items for this console; returns the unsubscribe. Only known actions are passed on. */
  onMenuAction: (listener: (action: MenuAction) => void): (() => void) => {
    const handler = (_event: IpcRendererEvent, action: unknown) => {
      if (isMenuAction(action)) listener(action);
    };
    ipcRenderer.on(SHELL_IPC.menuAction, handler);
    return () => ipcRenderer.removeListener(SHELL_IPC.menuAction, handler);
  },
  /** A desktop notification was clicked: show its subject. */
  onFocusSubject: (listener: (subject: AlertSubjectRef) => void): (() => void) => {
    const handler = (_event: IpcRendererEvent, subject: unknown) => {
      const checked = parseSubject(subject);
      if (checked) listener(checked);
    };
    ipcRenderer.on(SHELL_IPC.focusSubject, handler);
    return () => ipcRenderer.removeListener(SHELL_IPC.focusSubject, handler);
  },
  /** The tray's alert counts and the About box's event note. */
  reportStatus: (status: ShellStatus): void => ipcRenderer.send(SHELL_IPC.status, status),
  /** A desktop notification through the operating system (the page itself has no permission). */
  notify: (notice: DesktopNotice): void => ipcRenderer.send(SHELL_IPC.notify, notice),
};

export type DesktopBridge = typeof bridge;
contextBridge.exposeInMainWorld("venueOpsDesktop", bridge);
