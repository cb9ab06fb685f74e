import type { MenuItemConstructorOptions } from "electron";
import { hubLabel } from "../windowOptions";
import { type MenuAction, POPOUT_VIEWS, type PopoutView } from "./bridgeContract";
import { type MenuLanguage, type MenuTextKey, menuText } from "./menuText";

/**
 * The application menu, built by a pure function from the shell's state and its handlers (so it is
 * unit-tested without Electron). Console shortcuts are single keys the page itself handles; the menu shows
 * them but does not register them (`registerAccelerator: false`), or typing an "o" in a text field would
 * switch views. Choosing an item sends its action to the focused console, which runs the key's handler.
 */
export interface MenuState {
  language: MenuLanguage;
  hubUrl: string;
  mode: "local" | "client";
  keepRunning: boolean;
  /** A client-mode hub is saved as a preference (so "use this PC's hub" has something to forget). */
  savedClientHub: boolean;
  /** Developer tools only in development builds. */
  isPackaged: boolean;
  platform: string;
}

export interface MenuHandlers {
  action: (action: MenuAction) => void;
  popOut: (view: PopoutView) => void;
  toggleKiosk: () => void;
  resetLayout: () => void;
  setKeepRunning: (on: boolean) => void;
  forgetClientHub: () => void;
  about: () => void;
}

/** One console shortcut in the menu: its action, label and the key as Electron spells accelerators. */
export interface ShortcutItem {
  action: MenuAction;
  label: MenuTextKey;
  labelValues?: Record<string, string | number>;
  accelerator?: string;
}

const shortcut = (
  action: MenuAction,
  label: MenuTextKey,
  accelerator?: string,
  labelValues?: Record<string, string | number>,
): ShortcutItem => ({
  action,
  label,
  ...(accelerator ? { accelerator } : {}),
  ...(labelValues ? { labelValues } : {}),
});

export const VIEW_SHORTCUTS: ShortcutItem[] = [
  shortcut("view.overview", "overview", "O"),
  shortcut("view.devices", "devices", "D"),
  shortcut("view.room", "room", "W"),
  shortcut("view.interpretation", "interpretation", "I"),
  shortcut("view.speakers", "speakers", "P"),
  shortcut("view.log", "log", "J"),
  shortcut("alerts.open", "alerts", "!"),
  shortcut("programme.open", "programme", "U"),
];

export const DAY_SHORTCUTS: ShortcutItem[] = [
  ...([1, 2, 3, 4, 5, 6] as const).map((n) => shortcut(`day.${n}`, "day", String(n), { n })),
  shortcut("day.all", "allDays", "0"),
  shortcut("day.today", "today", "T"),
];

export const TIMELINE_SHORTCUTS: ShortcutItem[] = [
  shortcut("zoom.in", "zoomIn", "Plus"),
  shortcut("zoom.out", "zoomOut", "-"),
  shortcut("floor.prev", "floorPrev", "["),
  shortcut("floor.next", "floorNext", "]"),
  shortcut("language.toggle", "language", "L"),
  shortcut("clock.open", "clock", "C"),
  shortcut("panel.close", "closePanel", "Esc"),
];

export const STAGE_SHORTCUTS: ShortcutItem[] = [
  shortcut("room.standby", "standby", "B"),
  shortcut("room.go", "go", "G"),
  shortcut("room.hold", "hold", "H"),
  shortcut("room.resume", "resume", "R"),
  shortcut("room.start", "start", "Shift+S"),
  shortcut("room.end", "end", "Shift+E"),
  shortcut("room.message", "message", "M"),
];

export const DESK_SHORTCUTS: ShortcutItem[] = [
  shortcut("alert.acknowledge", "acknowledge"),
  shortcut("log.new", "newLog"),
  shortcut("speakers.search", "speakersSearch", "/"),
  shortcut("speakers.notReady", "speakersNotReady", "N"),
];

export const HELP_SHORTCUTS: ShortcutItem[] = [
  shortcut("help.open", "shortcuts", "?"),
  shortcut("about.open", "eventInfo", "A"),
];

export const ALL_SHORTCUTS: ShortcutItem[] = [
  ...VIEW_SHORTCUTS,
  ...DAY_SHORTCUTS,
  ...TIMELINE_SHORTCUTS,
  ...STAGE_SHORTCUTS,
  ...DESK_SHORTCUTS,
  ...HELP_SHORTCUTS,
];

const POPOUT_LABEL: Record<PopoutView, MenuTextKey> = {
  plan: "viewPlan",
  timeline: "viewTimeline",
  interpretation: "viewInterpretation",
  speakers: "viewSpeakers",
  alerts: "viewAlerts",
  room: "viewRoom",
  devices: "viewDevices",
  log: "viewLog",
};

const separator: MenuItemConstructorOptions = { type: "separator" };

export function buildMenuTemplate(state: MenuState, handlers: MenuHandlers): MenuItemConstructorOptions[] {
  const say = (key: MenuTextKey, values?: Record<string, string | number>) =>
    menuText(state.language, key, values);
  const item = (entry: ShortcutItem): MenuItemConstructorOptions => ({
    id: `action:${entry.action}`,
    label: say(entry.label, entry.labelValues),
    ...(entry.accelerator ? { accelerator: entry.accelerator, registerAccelerator: false } : {}),
    click: () => handlers.action(entry.action),
  });
  const hubHost = hubLabel(state.hubUrl);

  const appMenu: MenuItemConstructorOptions = {
    label: say("appMenu"),
    submenu: [
      { id: "about", label: say("about"), click: handlers.about },
      separator,
      {
        id: "hub",
        label: say(state.mode === "local" ? "hubLocal" : "hubClient", { hub: hubHost }),
        enabled: false,
      },
      ...(state.savedClientHub
        ? [{ id: "forget-hub", label: say("forgetHub"), click: handlers.forgetClientHub }]
        : []),
      {
        id: "keep-running",
        label: say("keepRunning"),
        type: "checkbox",
        checked: state.keepRunning,
        click: (menuItem) => handlers.setKeepRunning(menuItem.checked),
      },
      separator,
      { id: "quit", label: say("quit"), role: "quit" },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: say("editMenu"),
    submenu: [
      { role: "undo" },
      { role: "redo" },
      separator,
      { role: "cut" },
      { role: "copy" },
      { role: "paste" },
      { role: "selectAll" },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: say("viewMenu"),
    submenu: [
      ...VIEW_SHORTCUTS.map(item),
      separator,
      { label: say("dayMenu"), submenu: DAY_SHORTCUTS.map(item) },
      ...TIMELINE_SHORTCUTS.map(item),
      separator,
      { id: "full-screen", label: say("fullScreen"), role: "togglefullscreen" },
      { id: "kiosk", label: say("kiosk"), click: handlers.toggleKiosk },
      ...(state.isPackaged
        ? []
        : [separator, { role: "reload" as const }, { role: "toggleDevTools" as const }]),
    ],
  };

  const stageMenu: MenuItemConstructorOptions = {
    label: say("stageMenu"),
    submenu: [...STAGE_SHORTCUTS.map(item), separator, ...DESK_SHORTCUTS.map(item)],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: say("windowMenu"),
    submenu: [
      {
        label: say("popOut"),
        submenu: POPOUT_VIEWS.map((view) => ({
          id: `popout:${view}`,
          label: say(POPOUT_LABEL[view]),
          click: () => handlers.popOut(view),
        })),
      },
      { id: "reset-layout", label: say("resetLayout"), click: handlers.resetLayout },
      separator,
      { role: "minimize" },
      { role: "close" },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: say("helpMenu"),
    role: "help",
    submenu: [
      ...HELP_SHORTCUTS.map(item),
      separator,
      { id: "about-help", label: say("about"), click: handlers.about },
    ],
  };

  return [appMenu, editMenu, viewMenu, stageMenu, windowMenu, helpMenu];
}

/** Every item of a template, submenus included (for tests and lookups by id). */
export function flattenMenu(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((entry) => [
    entry,
    ...(Array.isArray(entry.submenu) ? flattenMenu(entry.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

export interface AboutInput {
  language: MenuLanguage;
  version: string;
  electronVersion: string;
  hubUrl: string;
  eventName: string | null;
  illustrativeNote: string | null;
}

/** The About box's text (shown with Electron's message box). */
export function aboutBox(input: AboutInput): { title: string; message: string; detail: string } {
  const say = (key: MenuTextKey, values?: Record<string, string | number>) =>
    menuText(input.language, key, values);
  const lines = [
    say("aboutVersion", { version: input.version }),
    `Electron ${input.electronVersion}`,
    say("aboutHub", { hub: input.hubUrl }),
    "",
    input.eventName ?? say("aboutNoEvent"),
  ];
  if (input.illustrativeNote) lines.push("", `${say("aboutIllustrative")}: ${input.illustrativeNote}`);
  return {
    title: say("aboutTitle"),
    message: `Venue Ops Console ${input.version}`,
    detail: lines.join("\n"),
  };
}
