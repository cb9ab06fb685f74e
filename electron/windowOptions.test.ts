import { describe, expect, it } from "vitest";
import { POPOUT_VIEWS } from "./shell/bridgeContract";
import {
  consoleWindowOptions,
  FALLBACK_CSP,
  HARDENED_WEB_PREFERENCES,
  hubPageUrl,
  isHubUrl,
  permissionGranted,
  WINDOW_KINDS,
  windowOptions,
  windowTitle,
  withCsp,
} from "./windowOptions";

// Builds the options without Electron itself (its binary cannot run on every machine); the checklist
// of the architecture notes is what is asserted, for every kind of window the shell opens.
const CHECKLIST = {
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
} as const;

describe.each(WINDOW_KINDS)("%s window options", (kind) => {
  const options = windowOptions({
    kind,
    preload: "/app/preload.cjs",
    bounds: undefined,
    hubUrl: "http://127.0.0.1:4180",
    view: kind === "console" ? undefined : "plan",
  });
  const prefs = options.webPreferences ?? {};

  it("keeps every security setting of the checklist", () => {
    expect(prefs).toMatchObject({ ...CHECKLIST, preload: "/app/preload.cjs" });
    expect(HARDENED_WEB_PREFERENCES).toMatchObject(CHECKLIST);
  });

  it("has no remote module, no extra Blink features and no partition of its own", () => {
    expect(prefs).not.toHaveProperty("enableRemoteModule");
    expect(prefs).not.toHaveProperty("enableBlinkFeatures");
    expect(prefs).not.toHaveProperty("partition");
    expect(prefs).not.toHaveProperty("session");
  });

  it("keeps timers running in the background and lets the alarm sound", () => {
    expect(prefs.backgroundThrottling).toBe(false);
    expect(prefs.autoplayPolicy).toBe("no-user-gesture-required");
  });

  it("opens hidden until ready", () => {
    expect(options.show).toBe(false);
  });
});

describe("window details", () => {
  it("makes a wall display kiosk and full screen", () => {
    const wall = windowOptions({
      kind: "wall",
      preload: "p",
      bounds: undefined,
      hubUrl: "http://h:1",
      view: "plan",
    });
    expect(wall).toMatchObject({ kiosk: true, fullscreen: true });
    expect(consoleWindowOptions("p", undefined)).not.toHaveProperty("kiosk");
  });

  it("restores remembered bounds", () => {
    expect(consoleWindowOptions("p", { x: 10, y: 20, width: 1400, height: 900 })).toMatchObject({
      x: 10,
      y: 20,
      width: 1400,
    });
  });

  it("loads one view alone from the hub", () => {
    expect(hubPageUrl("http://127.0.0.1:4180", null)).toBe("http://127.0.0.1:4180/");
    expect(hubPageUrl("http://127.0.0.1:4180", "plan")).toBe("http://127.0.0.1:4180/?view=plan&solo=1");
    for (const view of POPOUT_VIEWS)
      expect(isHubUrl(hubPageUrl("http://h:1", view), "http://h:1")).toBe(true);
  });

  it("names the hub in the title", () => {
    expect(windowTitle("GMF 2021 · Venue Ops Console", "http://10.0.0.5:4180", null)).toBe(
      "GMF 2021 · Venue Ops Console · hub 10.0.0.5:4180",
    );
    expect(windowTitle(null, "http://10.0.0.5:4180", "timeline")).toBe(
      "Venue Ops Console — timeline · hub 10.0.0.5:4180",
    );
  });

  it("lets only the hub's own origin load in a window", () => {
    expect(isHubUrl("http://127.0.0.1:4180/overview", "http://127.0.0.1:4180")).toBe(true);
    expect(isHubUrl("http://127.0.0.1:4181/", "http://127.0.0.1:4180")).toBe(false);
    expect(isHubUrl("https://example.com/", "http://127.0.0.1:4180")).toBe(false);
    expect(isHubUrl("not a url", "http://127.0.0.1:4180")).toBe(false);
  });

  it("grants no web permission, notifications included", () => {
    for (const permission of ["notifications", "media", "geolocation", "clipboard-read", "openExternal"]) {
      expect(permissionGranted(permission)).toBe(false);
    }
  });

  it("keeps the hub's CSP and adds one where a response has none", () => {
    const hubs = { "content-security-policy": ["default-src 'self'"] };
    expect(withCsp(hubs)).toBe(hubs);
    expect(withCsp({})["Content-Security-Policy"]).toEqual([FALLBACK_CSP]);
    expect(FALLBACK_CSP).toContain("object-src 'none'");
    expect(FALLBACK_CSP).not.toContain("unsafe-eval");
  });
});
