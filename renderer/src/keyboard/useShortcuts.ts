import { useEffect } from "react";
import { useAlertUi } from "../alerts/alertUi";
import { toggleLocale } from "../i18n/i18n";
import { useProgrammeUi } from "../programme/programmeStore";
import { handleRoomKey } from "../room/roomShortcuts";
import { handleSpeakersKey } from "../speakers/speakersShortcuts";
import { useDeviceUi } from "../state/deviceUiStore";
import { eventViews } from "../state/eventViews";
import { hubStore } from "../state/hubStore";
import { useUi } from "../state/uiStore";

/** Inputs nobody types into: after ticking a box with the mouse, the keys must still work. */
const NOT_TYPED: ReadonlySet<string> = new Set(["checkbox", "radio", "button", "submit", "reset", "color"]);

/** Typing in a field must never trigger a shortcut, nor may Space or Enter meant for a focused box. */
function isTyping(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement && NOT_TYPED.has(target.type)) return key === " " || key === "Enter";
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

function stepFloor(step: 1 | -1): void {
  const event = hubStore.getState().live?.event;
  if (!event) return;
  const { floors } = eventViews(event);
  const ui = useUi.getState();
  const current = Math.max(
    0,
    floors.findIndex((f) => f.id === ui.floorId),
  );
  const next = floors[(current + step + floors.length) % floors.length];
  if (next) ui.selectFloor(next.id);
}

/** Esc closes the open side panel of the current view, if any. */
function closePanel(): boolean {
  const ui = useUi.getState();
  const devices = useDeviceUi.getState();
  if (ui.view === "devices" && devices.selectedId !== null) {
    devices.select(null);
    return true;
  }
  if (!ui.selection) return false;
  ui.select(null);
  return true;
}

function handleKey(event: KeyboardEvent): boolean {
  const ui = useUi.getState();
  const dayCount = hubStore.getState().live?.event?.event.days.length ?? 0;
  const key = event.key;
  if (/^[1-9]$/.test(key)) {
    const index = Number(key) - 1;
    if (index >= dayCount) return false;
    ui.selectDay(index);
    return true;
  }
  switch (key) {
    case "0":
      ui.setZoom("all");
      return true;
    case "t":
    case "T":
      ui.selectDay(null);
      return true;
    case "+":
    case "=":
      ui.zoomBy(1);
      return true;
    case "-":
    case "_":
      ui.zoomBy(-1);
      return true;
    case "[":
      stepFloor(-1);
      return true;
    case "]":
      stepFloor(1);
      return true;
    case "l":
    case "L":
      toggleLocale();
      return true;
    case "c":
    case "C":
      ui.openOverlay("clock");
      return true;
    case "a":
    case "A":
      ui.openOverlay("about");
      return true;
    case "?":
      ui.openOverlay("help");
      return true;
    case "o":
    case "O":
      ui.setView("overview");
      return true;
    case "d":
    case "D":
      ui.setView("devices");
      return true;
    case "w":
    case "W":
      ui.setView("room");
      return true;
    case "i":
    case "I":
      ui.setView("interpretation");
      return true;
    case "p":
    case "P":
      ui.setView("speakers");
      return true;
    case "j":
    case "J":
      ui.setView("log");
      return true;
    case "!":
      useAlertUi.getState().openList(true);
      return true;
    case "u":
    case "U":
      useProgrammeUi.getState().openImport(true);
      return true;
    case "Escape":
      return closePanel();
    default:
      return false;
  }
}

/**
 * Runs a key's shortcut, if it is one; the desktop app's menu items come here too (shell/menuActions.ts).
 * A view's own keys come first: they exist only there, so they cannot shadow another view's.
 */
export function dispatchShortcut(event: KeyboardEvent): boolean {
  const view = useUi.getState().view;
  return (
    (view === "room" && handleRoomKey(event)) ||
    (view === "speakers" && handleSpeakersKey(event)) ||
    handleKey(event)
  );
}

/** Global single-key shortcuts; modal dialogs handle their own keys (Esc closes them). */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target, event.key) || useUi.getState().overlay !== null) return;
      // A modal dialog handles its own keys (its buttons take Space and Enter, Esc closes it), wherever the
      // focus is: a click on the backdrop can leave it on the page behind.
      if (document.querySelector("dialog[open]")) return;
      if (dispatchShortcut(event)) event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
