import type { BrowserWindowConstructorOptions } from "electron";

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/**
 * Options for every console window. The security settings here are the checklist of the architecture
 * notes; a unit test fails if one is weakened.
 */
export function consoleWindowOptions(
  preload: string,
  bounds: WindowBounds | undefined,
): BrowserWindowConstructorOptions {
  return {
    ...(bounds ?? { width: 1600, height: 960 }),
    minWidth: 1280,
    minHeight: 720,
    backgroundColor: "#0b0f14",
    title: "Venue Ops Console",
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // A control-room console must keep its timers running when it is behind another window.
      backgroundThrottling: false,
    },
  };
}

/** Only the hub's own pages may load in a console window. */
export function isHubUrl(url: string, hubOrigin: string): boolean {
  try {
    return new URL(url).origin === hubOrigin;
  } catch {
    return false;
  }
}
