import { describe, expect, it } from "vitest";
import { consoleWindowOptions, isHubUrl } from "./windowOptions";

// Builds the options without Electron itself (its binary cannot run on every machine); the checklist
// of the architecture notes is what is asserted.
describe("console window options", () => {
  const prefs = consoleWindowOptions("/app/preload.cjs", undefined).webPreferences ?? {};

  it("keeps every security setting of the checklist", () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: "/app/preload.cjs",
    });
  });

  it("does not throttle timers in the background", () => {
    expect(prefs.backgroundThrottling).toBe(false);
  });

  it("restores remembered bounds", () => {
    expect(consoleWindowOptions("p", { x: 10, y: 20, width: 1400, height: 900 })).toMatchObject({
      x: 10,
      y: 20,
      width: 1400,
    });
  });

  it("lets only the hub's own origin load in a window", () => {
    expect(isHubUrl("http://127.0.0.1:4180/overview", "http://127.0.0.1:4180")).toBe(true);
    expect(isHubUrl("http://127.0.0.1:4181/", "http://127.0.0.1:4180")).toBe(false);
    expect(isHubUrl("https://example.com/", "http://127.0.0.1:4180")).toBe(false);
    expect(isHubUrl("not a url", "http://127.0.0.1:4180")).toBe(false);
  });
});
