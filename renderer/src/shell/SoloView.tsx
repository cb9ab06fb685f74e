import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { PopoutView } from "../../../electron/shell/bridgeContract";
import { AlertList } from "../alerts/AlertList";
import { AlertRail } from "../alerts/AlertRail";
import { useAlertUi } from "../alerts/alertUi";
import { DevicesView } from "../devices/DevicesView";
import { pickText, useLocale } from "../i18n/i18n";
import { InterpretationView } from "../interpretation/InterpretationView";
import { LogView } from "../log/LogView";
import { AboutDialog } from "../overlays/AboutDialog";
import { ClockDialog } from "../overlays/ClockDialog";
import { HelpDialog } from "../overlays/HelpDialog";
import { FloorPlanPanel } from "../plan/FloorPlanPanel";
import { RoomView } from "../room/RoomView";
import { SignInDialog } from "../signin/SignInDialog";
import { SpeakersView } from "../speakers/SpeakersView";
import type { EventViews } from "../state/eventViews";
import { useEventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";
import { TimelinePanel } from "../timeline/TimelinePanel";
import { LinkStateIndicator } from "../topbar/LinkStateIndicator";
import "../styles/alerts.css";
import "./solo.css";

/** The view's name in the header, from the console's own words. */
function useViewName(view: PopoutView): string {
  const { t } = useTranslation();
  switch (view) {
    case "plan":
      return t("overview.floorPlan");
    case "timeline":
      return t("overview.timeline");
    case "alerts":
      return t("alerts.listTitle");
    default:
      return t(`views.${view}`);
  }
}

function SoloBody({ view, views }: { view: PopoutView; views: EventViews }) {
  switch (view) {
    case "plan":
      return <FloorPlanPanel views={views} />;
    case "timeline":
      return <TimelinePanel views={views} />;
    case "interpretation":
      return <InterpretationView views={views} />;
    case "speakers":
      return <SpeakersView views={views} />;
    case "room":
      return <RoomView views={views} />;
    case "devices":
      return <DevicesView views={views} />;
    case "log":
      return <LogView views={views} />;
    case "alerts":
      return <SoloAlerts views={views} />;
    default: {
      const unknown: never = view;
      return unknown;
    }
  }
}

/** The alerts board: the rail (counts, worst first, acknowledge) and the full list, open from the start. */
function SoloAlerts({ views }: { views: EventViews }) {
  const openList = useAlertUi((s) => s.openList);
  useEffect(() => openList(true), [openList]);
  return (
    <div className="solo-alerts duty-strip">
      <AlertRail event={views.event} />
      <AlertList event={views.event} />
    </div>
  );
}

/**
 * One view alone, for a window popped out onto another monitor (`?view=plan&solo=1`): no other chrome than
 * a slim header that says which view, which event, which hub, and whether the link to it is up.
 */
export function SoloView({ view }: { view: PopoutView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const views = useEventViews();
  const hasData = useHub((s) => s.live !== null);
  const name = useViewName(view);
  const eventName = views ? pickText(views.event.event.name, locale) : t("app.name");

  return (
    <div className="app solo" data-testid="solo-view" data-view={view}>
      <header className="solo-header" data-testid="solo-header">
        <strong className="solo-name">{name}</strong>
        <span className="solo-event muted">{eventName}</span>
        <span className="solo-hub muted" data-testid="solo-hub" title={location.origin}>
          {location.host}
        </span>
        <LinkStateIndicator />
      </header>
      <main className="app-main solo-main">
        {views ? (
          <SoloBody view={view} views={views} />
        ) : (
          <p className="placeholder" data-testid="placeholder">
            {hasData ? t("app.noEvent") : t("app.connecting")}
          </p>
        )}
      </main>
      {/* The menu's overlays and, for a room or log window, signing in. */}
      <ClockDialog />
      <AboutDialog />
      <HelpDialog />
      <SignInDialog />
    </div>
  );
}
