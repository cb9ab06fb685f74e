/**
 * The contract between the desktop shell (main process and preload) and the console page: types, constants
 * and pure checks, with nothing from Electron or Node, so the console may import it too (the pop-out views).
 */
import type { AlertSubject } from "../../shared/live/liveState";

/** Views that can be popped out into a window of their own (`?view=NAME&solo=1`). */
export const POPOUT_VIEWS = [
  "plan",
  "timeline",
  "interpretation",
  "speakers",
  "alerts",
  "room",
  "devices",
  "log",
] as const;
export type PopoutView = (typeof POPOUT_VIEWS)[number];

export const isPopoutView = (value: unknown): value is PopoutView =>
  typeof value === "string" && (POPOUT_VIEWS as readonly string[]).includes(value);

/**
 * What the application menu asks the focused console to do. Each one is a console shortcut, run by the
 * same handler as its key (see renderer/src/shell/menuActions.ts), except the two that have no key.
 */
export const MENU_ACTIONS = [
  "view.overview",
  "view.devices",
  "view.room",
  "view.interpretation",
  "view.speakers",
  "view.log",
  "alerts.open",
  "programme.open",
  "day.1",
  "day.2",
  "day.3",
  "day.4",
  "day.5",
  "day.6",
  "day.all",
  "day.today",
  "zoom.in",
  "zoom.out",
  "floor.prev",
  "floor.next",
  "language.toggle",
  "clock.open",
  "about.open",
  "help.open",
  "panel.close",
  "room.standby",
  "room.go",
  "room.hold",
  "room.resume",
  "room.start",
  "room.end",
  "room.message",
  "speakers.search",
  "speakers.notReady",
  // No key of their own: the menu is their shortcut.
  "alert.acknowledge",
  "log.new",
] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

export const isMenuAction = (value: unknown): value is MenuAction =>
  typeof value === "string" && (MENU_ACTIONS as readonly string[]).includes(value);

export interface AlertCounts {
  critical: number;
  warning: number;
  info: number;
}

/** What a console tells the shell about itself: the tray's counts and the About box's note. */
export interface ShellStatus {
  alerts: AlertCounts;
  eventName: string | null;
  /** The event file's "illustrative" note in the console's language, when it has one. */
  illustrativeNote: string | null;
  language: "en" | "zh-CN";
}

/** What an alert is about, as the hub names it. */
export type AlertSubjectRef = AlertSubject;

/** A desktop notification the console asks the shell to show; clicking it focuses that subject. */
export interface DesktopNotice {
  title: string;
  body: string;
  /** A repeat with the same tag replaces the earlier notification. */
  tag: string;
  subject: AlertSubjectRef | null;
}

/** Which hub this window is on. The access code goes to the console's hello, never into a URL. */
export interface HubInfo {
  url: string;
  /** "local": the hub this app started; "client": another PC's hub. */
  mode: "local" | "client";
  accessCode: string | null;
}

/** IPC channel names; every handler in the main process checks that the sender is a hub page. */
export const SHELL_IPC = {
  hubInfo: "shell:hub-info",
  menuAction: "shell:menu-action",
  focusSubject: "shell:focus-subject",
  status: "shell:status",
  notify: "shell:notify",
} as const;
