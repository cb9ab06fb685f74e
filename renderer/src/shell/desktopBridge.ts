import type {
  AlertSubjectRef,
  DesktopNotice,
  HubInfo,
  MenuAction,
  ShellStatus,
} from "../../../electron/shell/bridgeContract";

/**
 * The desktop app's preload bridge as the console sees it (electron/preload.ts exposes it as
 * `window.venueOpsDesktop`); absent in a browser. Only types come from the shell's contract.
 */
export interface DesktopBridge {
  isDesktop: true;
  hubInfo: HubInfo | null;
  onMenuAction: (listener: (action: MenuAction) => void) => () => void;
  onFocusSubject: (listener: (subject: AlertSubjectRef) => void) => () => void;
  reportStatus: (status: ShellStatus) => void;
  notify: (notice: DesktopNotice) => void;
}

export function desktopBridge(): DesktopBridge | null {
  const candidate = (globalThis as { venueOpsDesktop?: Partial<DesktopBridge> }).venueOpsDesktop;
  return candidate?.isDesktop === true && typeof candidate.onMenuAction === "function"
    ? (candidate as DesktopBridge)
    : null;
}

/** The access code the desktop app was started with (client mode), for the hello and the API calls. */
export function desktopAccessCode(): string | null {
  return desktopBridge()?.hubInfo?.accessCode ?? null;
}
