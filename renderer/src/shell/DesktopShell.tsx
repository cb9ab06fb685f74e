import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { AlertSubjectRef } from "../../../electron/shell/bridgeContract";
import type { Alert } from "../../../shared/live/liveState";
import type { EventFile } from "../../../shared/model/eventFile";
import { countOpenBySeverity } from "../alerts/alertFilter";
import { useAlertText } from "../alerts/useAlertText";
import { pickText, useLocale } from "../i18n/i18n";
import { useDeviceUi } from "../state/deviceUiStore";
import { useEventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";
import { useUi } from "../state/uiStore";
import { type DesktopBridge, desktopBridge } from "./desktopBridge";
import { runMenuAction } from "./menuActions";
import { SOLO_VIEW } from "./soloView";

/** A clicked notification shows its subject where the console shows such things. */
export function focusSubject(subject: AlertSubjectRef): void {
  const ui = useUi.getState();
  switch (subject.type) {
    case "room":
    case "session":
      ui.setView("overview");
      ui.select({ type: subject.type, id: subject.id });
      return;
    case "device":
      ui.setView("devices");
      useDeviceUi.getState().select(subject.id);
      return;
    case "booth":
      ui.setView("interpretation");
      return;
    case "speaker":
      ui.setView("speakers");
      return;
    default: {
      const unknown: never = subject.type;
      throw new Error(`unknown alert subject: ${String(unknown)}`);
    }
  }
}

const isOpenCritical = (a: Alert) =>
  a.severity === "critical" && a.resolvedAt === null && a.acknowledged === null;

function useOpenAlerts(): Alert[] {
  const alerts = useHub((s) => s.live?.alerts);
  return useMemo(() => Object.values(alerts ?? {}), [alerts]);
}

/** Reports the counts the alert rail shows (the tray's) and the event's note (the About box's). */
function StatusReport({ bridge }: { bridge: DesktopBridge }) {
  const locale = useLocale();
  const views = useEventViews();
  const all = useOpenAlerts();
  const eventName = views ? pickText(views.event.event.name, locale) : null;
  const note = views?.event.event.illustrativeNote;
  const illustrativeNote = note ? pickText(note, locale) : null;
  useEffect(() => {
    bridge.reportStatus({ alerts: countOpenBySeverity(all), eventName, illustrativeNote, language: locale });
  }, [bridge, all, eventName, illustrativeNote, locale]);
  return null;
}

/**
 * One desktop notification per critical alert raised while this console is open; clicking it focuses the
 * console on the alert's subject. What was already open at start is not announced again.
 */
function CriticalNotices({ bridge, event }: { bridge: DesktopBridge; event: EventFile }) {
  const { t } = useTranslation();
  const sayAlert = useAlertText(event);
  const all = useOpenAlerts();
  const hasLive = useHub((s) => s.live !== null);
  const notified = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!hasLive) return;
    const critical = all.filter(isOpenCritical);
    if (notified.current === null) {
      notified.current = new Set(critical.map((a) => a.id));
      return;
    }
    for (const alert of critical) {
      if (notified.current.has(alert.id)) continue;
      notified.current.add(alert.id);
      bridge.notify({
        title: t("interp.severity.critical"),
        body: sayAlert(alert),
        tag: alert.id,
        subject: alert.subject,
      });
    }
  }, [bridge, all, hasLive, sayAlert, t]);
  return null;
}

/**
 * The console's side of the desktop app (renders nothing, and does nothing in a browser): menu items run
 * their shortcut in every window; the main console also reports for the tray, asks for notifications and
 * shows a notification's subject when it is clicked. Pop-outs (solo) leave that to the main console.
 */
export function DesktopShell() {
  const bridge = useMemo(desktopBridge, []);
  const main = bridge !== null && SOLO_VIEW === null;
  const views = useEventViews();

  useEffect(() => {
    if (!bridge) return;
    const offMenu = bridge.onMenuAction((action) => void runMenuAction(action));
    const offFocus = main ? bridge.onFocusSubject(focusSubject) : () => undefined;
    return () => {
      offMenu();
      offFocus();
    };
  }, [bridge, main]);

  if (!bridge || !main) return null;
  return (
    <>
      <StatusReport bridge={bridge} />
      {views && <CriticalNotices bridge={bridge} event={views.event} />}
      <span className="desktop-hub-badge muted" data-testid="desktop-hub-badge" title={location.origin}>
        {bridge.hubInfo?.mode === "client" ? "⇄ " : ""}
        {location.host}
      </span>
    </>
  );
}
