import { describe, expect, it } from "vitest";
import { parseAlertCounts, parseShellStatus, trayLabel } from "./trayLabel";

// Pure: the Tray itself (Electron) only receives these strings.
describe("tray label", () => {
  it("counts open alerts by severity", () => {
    const label = trayLabel({ critical: 2, warning: 1, info: 0 }, "en", "http://10.0.0.5:4180", "GMF 2021");
    expect(label.tooltip).toBe("Venue Ops · GMF 2021\n2 critical · 1 warning · 0 info\n10.0.0.5:4180");
    expect(label.title).toBe("●2 ▲1");
    expect(label.lines).toEqual(["● Critical: 2", "▲ Warning: 1", "○ Info: 0"]);
    expect(label).toMatchObject({ badge: 3, level: "critical" });
  });

  it("says when nothing is open, in both languages", () => {
    expect(trayLabel({ critical: 0, warning: 0, info: 0 }, "en", "http://h:1", null).tooltip).toContain(
      "No open alerts",
    );
    const zh = trayLabel({ critical: 0, warning: 3, info: 1 }, "zh-CN", "http://h:1", null);
    expect(zh.tooltip).toContain("严重 0 · 警告 3 · 提示 1");
    expect(zh.level).toBe("warning");
  });

  it("shows unknown, not stale numbers, when no console reports", () => {
    const label = trayLabel(null, "en", "http://h:1", null);
    expect(label.tooltip).toContain("unknown");
    expect(label).toMatchObject({ badge: 0, title: "", level: "none" });
  });

  it("checks what a page reports", () => {
    expect(parseAlertCounts({ critical: 1, warning: 0, info: 2 })).toEqual({
      critical: 1,
      warning: 0,
      info: 2,
    });
    expect(parseAlertCounts({ critical: -1, warning: 0, info: 0 })).toBeNull();
    expect(parseAlertCounts({ critical: 1.5, warning: 0, info: 0 })).toBeNull();
    expect(parseAlertCounts("3")).toBeNull();
    expect(
      parseShellStatus({ alerts: { critical: 0, warning: 0, info: 0 }, eventName: 5, language: "fr" }),
    ).toEqual({
      alerts: { critical: 0, warning: 0, info: 0 },
      eventName: null,
      illustrativeNote: null,
      language: "en",
    });
    expect(parseShellStatus({ eventName: "x" })).toBeNull();
  });
});
