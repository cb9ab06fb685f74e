import { desktopBridge } from "../shell/desktopBridge";
import { hubStore } from "../state/hubStore";

/** Desktop notifications exist in this browser (or Electron window) at all. */
const supported = () => typeof Notification !== "undefined";

/**
 * Asks once, from a click (browsers ignore a request made without a user gesture). A denial is final and
 * respected: the console then only sounds and highlights.
 */
export function askNotificationPermission(): void {
  // The desktop app notifies through the operating system itself; its pages get no web permissions.
  if (desktopBridge()) return;
  if (!supported() || Notification.permission !== "default") return;
  void Notification.requestPermission().catch(() => undefined);
}

/** Shows a notification when allowed; `tag` makes a repeat replace the earlier one instead of piling up. */
export function notifyDesktop(title: string, body: string, tag: string): void {
  const bridge = desktopBridge();
  if (bridge) {
    // Clicking it focuses the main console on the alert's subject (the tag is the alert's id).
    const subject = hubStore.getState().live?.alerts[tag]?.subject ?? null;
    bridge.notify({ title, body, tag, subject });
    return;
  }
  if (!supported() || Notification.permission !== "granted") return;
  try {
    const notice = new Notification(title, { body, tag, requireInteraction: true });
    notice.onclick = () => {
      window.focus();
      notice.close();
    };
  } catch {
    // Some shells allow the permission but not the constructor; the sound and highlight remain.
  }
}
