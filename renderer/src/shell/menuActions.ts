import type { MenuAction } from "../../../electron/shell/bridgeContract";
import { acknowledgeAlert } from "../alerts/acknowledge";
import { compareAlerts } from "../alerts/alertFilter";
import { dispatchShortcut } from "../keyboard/useShortcuts";
import { hubStore } from "../state/hubStore";
import { useUi, type View } from "../state/uiStore";

/** A menu item stands for this key (as KeyboardEvent.key spells it, with Shift where it takes one). */
type KeyAction = {
  key: string;
  shift?: boolean;
  view?: View;
};
type Special = "acknowledge" | "newLog";

/**
 * Every menu action and how the console runs it: most are a shortcut key, run through the same handler
 * as the key itself; a view's own keys (room, speakers) first bring that view forward, so a GO is never
 * sent from a screen that does not show what it starts. Exhaustive: a new action fails to compile here.
 */
export const MENU_KEYS: Record<MenuAction, KeyAction | Special> = {
  "view.overview": { key: "o" },
  "view.devices": { key: "d" },
  "view.room": { key: "w" },
  "view.interpretation": { key: "i" },
  "view.speakers": { key: "p" },
  "view.log": { key: "j" },
  "alerts.open": { key: "!" },
  "programme.open": { key: "u" },
  "day.1": { key: "1" },
  "day.2": { key: "2" },
  "day.3": { key: "3" },
  "day.4": { key: "4" },
  "day.5": { key: "5" },
  "day.6": { key: "6" },
  "day.all": { key: "0" },
  "day.today": { key: "t" },
  "zoom.in": { key: "+" },
  "zoom.out": { key: "-" },
  "floor.prev": { key: "[" },
  "floor.next": { key: "]" },
  "language.toggle": { key: "l" },
  "clock.open": { key: "c" },
  "about.open": { key: "a" },
  "help.open": { key: "?" },
  "panel.close": { key: "Escape" },
  "room.standby": { key: "b", view: "room" },
  "room.go": { key: "g", view: "room" },
  "room.hold": { key: "h", view: "room" },
  "room.resume": { key: "r", view: "room" },
  "room.start": { key: "S", shift: true, view: "room" },
  "room.end": { key: "E", shift: true, view: "room" },
  "room.message": { key: "m", view: "room" },
  "speakers.search": { key: "/", view: "speakers" },
  "speakers.notReady": { key: "n", view: "speakers" },
  "alert.acknowledge": "acknowledge",
  "log.new": "newLog",
};

/** Acknowledges the alert the rail shows first (escalated, then the worst and newest open one). */
function acknowledgeTopAlert(): void {
  const alerts = Object.values(hubStore.getState().live?.alerts ?? {});
  const top = alerts.filter((a) => a.resolvedAt === null && a.acknowledged === null).sort(compareAlerts)[0];
  if (top) void acknowledgeAlert(top.id);
}

/** Opens the log and puts the cursor in a new entry's text. */
function newLogEntry(): void {
  useUi.getState().setView("log");
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const field = document.querySelector<HTMLElement>('[data-testid="log-text"]');
      field?.focus();
    }),
  );
}

/** Runs a menu action in this console; returns whether it did something. */
export function runMenuAction(action: MenuAction): boolean {
  const ui = useUi.getState();
  // A menu item is chosen deliberately: it replaces an open overlay rather than being swallowed by it.
  if (ui.overlay !== null && action !== "panel.close") ui.openOverlay(null);
  else if (ui.overlay !== null) {
    ui.openOverlay(null);
    return true;
  }
  const entry = MENU_KEYS[action];
  if (entry === "acknowledge") {
    acknowledgeTopAlert();
    return true;
  }
  if (entry === "newLog") {
    newLogEntry();
    return true;
  }
  if (entry.view && ui.view !== entry.view) {
    ui.setView(entry.view);
    return true;
  }
  const key = new KeyboardEvent("keydown", {
    key: entry.key,
    shiftKey: entry.shift === true,
    cancelable: true,
  });
  return dispatchShortcut(key);
}
