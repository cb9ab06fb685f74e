import type { MenuItemConstructorOptions } from "electron";
import { describe, expect, it, vi } from "vitest";
import { SHORTCUT_HELP } from "../../renderer/src/keyboard/shortcuts";
import { MENU_ACTIONS, POPOUT_VIEWS } from "./bridgeContract";
import {
  ALL_SHORTCUTS,
  aboutBox,
  buildMenuTemplate,
  flattenMenu,
  type MenuHandlers,
  type MenuState,
} from "./menuTemplate";
import { MENU_TEXT, type MenuLanguage } from "./menuText";

// The template is plain data (Electron's MenuItemConstructorOptions); Menu.buildFromTemplate, the only
// Electron call, is not needed to check it. Handlers are mocks.
const state = (language: MenuLanguage): MenuState => ({
  language,
  hubUrl: "http://127.0.0.1:4180",
  mode: "local",
  keepRunning: false,
  savedClientHub: false,
  isPackaged: true,
  platform: "linux",
});
const handlers = (): MenuHandlers => ({
  action: vi.fn(),
  popOut: vi.fn(),
  toggleKiosk: vi.fn(),
  resetLayout: vi.fn(),
  setKeepRunning: vi.fn(),
  forgetClientHub: vi.fn(),
  about: vi.fn(),
});
function click(item: MenuItemConstructorOptions | undefined, checked = false): void {
  if (!item?.click) throw new Error(`menu item ${item?.id} has no click`);
  (item.click as unknown as (menuItem: { checked: boolean }) => void)({ checked });
}

/** The help overlay's keys as Electron spells accelerators. */
function acceleratorsFor(keys: string[]): string[] {
  if (keys.includes("…")) return keys.filter((k) => k !== "…");
  if (keys[0] === "Shift") return [`Shift+${keys[1]}`];
  const spell: Record<string, string> = { "+": "Plus", "−": "-", Space: "Space" };
  return keys.map((k) => spell[k] ?? k);
}

describe.each(["en", "zh-CN"] as const)("application menu in %s", (language) => {
  const h = handlers();
  const items = flattenMenu(buildMenuTemplate(state(language), h));

  it("has every console shortcut, shown but not registered (the page handles the key)", () => {
    const accelerators = new Set(items.map((i) => i.accelerator).filter(Boolean));
    for (const entry of SHORTCUT_HELP) {
      const wanted = acceleratorsFor(entry.keys);
      expect(
        wanted.some((a) => accelerators.has(a)),
        `${entry.description} (${entry.keys.join(" ")})`,
      ).toBe(true);
    }
    for (const item of items.filter((i) => i.accelerator)) expect(item.registerAccelerator).toBe(false);
  });

  it("has an item for every menu action, acknowledge and new log entry included", () => {
    const ids = new Set(items.map((i) => i.id));
    for (const action of MENU_ACTIONS) expect(ids.has(`action:${action}`), action).toBe(true);
  });

  it("sends each action to the console", () => {
    click(items.find((i) => i.id === "action:room.go"));
    click(items.find((i) => i.id === "action:alert.acknowledge"));
    expect(h.action).toHaveBeenNthCalledWith(1, "room.go");
    expect(h.action).toHaveBeenNthCalledWith(2, "alert.acknowledge");
  });

  it("pops out every view and toggles kiosk and keep-running", () => {
    for (const view of POPOUT_VIEWS) click(items.find((i) => i.id === `popout:${view}`));
    expect(h.popOut).toHaveBeenCalledTimes(POPOUT_VIEWS.length);
    click(items.find((i) => i.id === "kiosk"));
    expect(h.toggleKiosk).toHaveBeenCalledOnce();
    click(
      items.find((i) => i.id === "keep-running"),
      true,
    );
    expect(h.setKeepRunning).toHaveBeenCalledWith(true);
    expect(items.find((i) => i.id === "full-screen")?.role).toBe("togglefullscreen");
  });

  it("labels every item in the language, with nothing left untranslated", () => {
    const labels = items.map((i) => i.label).filter((l): l is string => typeof l === "string");
    expect(labels.every((l) => !/\{\w+\}/.test(l))).toBe(true);
    const go = items.find((i) => i.id === "action:room.go")?.label;
    expect(go).toBe(MENU_TEXT[language].go);
    expect(items.find((i) => i.id === "hub")?.label).toContain("127.0.0.1:4180");
  });
});

describe("menu details", () => {
  it("names every shortcut action once", () => {
    const actions = ALL_SHORTCUTS.map((s) => s.action);
    expect(new Set(actions).size).toBe(actions.length);
    expect([...actions].sort()).toEqual([...MENU_ACTIONS].sort());
  });

  it("has both languages complete", () => {
    expect(Object.keys(MENU_TEXT["zh-CN"]).sort()).toEqual(Object.keys(MENU_TEXT.en).sort());
  });

  it("offers developer tools only in development and forgetting the hub only when one is saved", () => {
    const dev = flattenMenu(buildMenuTemplate({ ...state("en"), isPackaged: false }, handlers()));
    expect(dev.some((i) => i.role === "toggleDevTools")).toBe(true);
    const packaged = flattenMenu(buildMenuTemplate(state("en"), handlers()));
    expect(packaged.some((i) => i.role === "toggleDevTools")).toBe(false);
    expect(packaged.some((i) => i.id === "forget-hub")).toBe(false);
    const client = flattenMenu(
      buildMenuTemplate({ ...state("zh-CN"), mode: "client", savedClientHub: true }, handlers()),
    );
    expect(client.find((i) => i.id === "hub")?.label).toBe("中枢：127.0.0.1:4180（其他电脑）");
    expect(client.some((i) => i.id === "forget-hub")).toBe(true);
  });

  it("writes the About box with the version and the event's illustrative note", () => {
    const box = aboutBox({
      language: "en",
      version: "0.1.0",
      electronVersion: "45.5.0",
      hubUrl: "http://127.0.0.1:4180",
      eventName: "Global Mayors Forum 2021",
      illustrativeNote: "Illustrative sample for rehearsal",
    });
    expect(box.message).toBe("Venue Ops Console 0.1.0");
    expect(box.detail).toContain("Version 0.1.0");
    expect(box.detail).toContain("Illustrative data: Illustrative sample for rehearsal");
    const zh = aboutBox({
      language: "zh-CN",
      version: "0.1.0",
      electronVersion: "45.5.0",
      hubUrl: "h",
      eventName: null,
      illustrativeNote: null,
    });
    expect(zh.detail).toContain("版本 0.1.0");
    expect(zh.detail).toContain("尚未加载活动。");
  });
});
