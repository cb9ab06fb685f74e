import type { BrowserWindowConstructorOptions, WebPreferences } from "electron";
import { POPOUT_VIEWS, type PopoutView } from "./shell/bridgeContract";
import { MAIN_MIN, MAIN_SIZE, POPOUT_MIN, POPOUT_SIZE } from "./shell/displayLayout";

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/** Every kind of window the shell opens; each one loads a hub page and gets the same hardening. */
export const WINDOW_KINDS = ["console", "popout", "wall"] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

/**
 * The security checklist of the architecture notes, for every window. A unit test builds each window
 * kind's options and fails if one of these is missing or weakened.
 */
export const HARDENED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

/** Control-room needs, the same for every window. */
const CONSOLE_WEB_PREFERENCES = {
  spellcheck: false,
  // A control-room console must keep its timers running when it is behind another window.
  backgroundThrottling: false,
  // The escalation alarm must sound even before anyone clicked in this window (a wall display).
  autoplayPolicy: "no-user-gesture-required",
} as const satisfies WebPreferences;

export interface WindowRequest {
  kind: WindowKind;
  preload: string;
  bounds: WindowBounds | undefined;
  /** The hub this window is on, shown in its title until the page names the event. */
  hubUrl: string;
  view?: PopoutView;
}

export function windowOptions(request: WindowRequest): BrowserWindowConstructorOptions {
  const main = request.kind === "console";
  const size = main ? MAIN_SIZE : POPOUT_SIZE;
  const min = main ? MAIN_MIN : POPOUT_MIN;
  return {
    ...(request.bounds ?? size),
    minWidth: min.width,
    minHeight: min.height,
    backgroundColor: "#0b0f14",
    title: windowTitle(null, request.hubUrl, request.view ?? null),
    show: false,
    ...(request.kind === "wall" ? { kiosk: true, fullscreen: true, autoHideMenuBar: true } : {}),
    webPreferences: {
      ...CONSOLE_WEB_PREFERENCES,
      // Spread last so nothing above can weaken the checklist.
      ...HARDENED_WEB_PREFERENCES,
      preload: request.preload,
    },
  };
}

/** The main console's options (kept for the callers that predate pop-outs). */
export function consoleWindowOptions(
  preload: string,
  bounds: WindowBounds | undefined,
  hubUrl = "",
): BrowserWindowConstructorOptions {
  return windowOptions({ kind: "console", preload, bounds, hubUrl });
}

/** The hub's address without the scheme, as an operator would say it. */
export const hubLabel = (hubUrl: string): string => {
  try {
    return new URL(hubUrl).host;
  } catch {
    return hubUrl;
  }
};

/** Window title: the page's own title (event · app), then which view and which hub, so no one guesses. */
export function windowTitle(pageTitle: string | null, hubUrl: string, view: PopoutView | null): string {
  const base = pageTitle?.trim() || "Venue Ops Console";
  const parts = [view ? `${base} — ${view}` : base];
  if (hubUrl) parts.push(`hub ${hubLabel(hubUrl)}`);
  return parts.join(" · ");
}

/** The hub page a window loads: the console, or one view alone (`?view=plan&solo=1`). */
export function hubPageUrl(hubUrl: string, view: PopoutView | null): string {
  const url = new URL("/", hubUrl);
  if (view) {
    if (!POPOUT_VIEWS.includes(view)) throw new Error(`unknown view: ${view}`);
    url.searchParams.set("view", view);
    url.searchParams.set("solo", "1");
  }
  return url.toString();
}

/** Only the hub's own pages may load in a console window. */
export function isHubUrl(url: string, hubOrigin: string): boolean {
  try {
    return new URL(url).origin === hubOrigin;
  } catch {
    return false;
  }
}

/** The policy used when a hub's response carries none (an older hub in client mode). */
export const FALLBACK_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** Response headers with a CSP: the hub's own when it sent one, else the fallback. */
export function withCsp(headers: Record<string, string[]>): Record<string, string[]> {
  const has = Object.keys(headers).some((name) => name.toLowerCase() === "content-security-policy");
  return has ? headers : { ...headers, "Content-Security-Policy": [FALLBACK_CSP] };
}

/** No web permission is granted to any page (notifications go through the shell instead). */
export const permissionGranted = (_permission: string): boolean => false;
