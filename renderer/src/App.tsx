import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { DutyStrip } from "./alerts/DutyStrip";
import { DetailPanel } from "./detail/DetailPanel";
import { DevicesView } from "./devices/DevicesView";
import { pickText, useLocale } from "./i18n/i18n";
import { InterpretationView } from "./interpretation/InterpretationView";
import { useShortcuts } from "./keyboard/useShortcuts";
import { LogView } from "./log/LogView";
import { Overview } from "./Overview";
import { AboutDialog } from "./overlays/AboutDialog";
import { ClockDialog } from "./overlays/ClockDialog";
import { HelpDialog } from "./overlays/HelpDialog";
import { ProgrammeButton, ProgrammeDialogs } from "./programme/ProgrammeDialogs";
import { RoomView } from "./room/RoomView";
import { DesktopShell } from "./shell/DesktopShell";
import { SoloView } from "./shell/SoloView";
import { SOLO_VIEW } from "./shell/soloView";
import { OperatorPanel } from "./signin/OperatorPanel";
import { SignInDialog } from "./signin/SignInDialog";
import { useSignInPrompt } from "./signin/useSignInPrompt";
import { SpeakersView } from "./speakers/SpeakersView";
import { useEventViews } from "./state/eventViews";
import { useHub } from "./state/hubStore";
import { useUi } from "./state/uiStore";
import { TopBar } from "./topbar/TopBar";

export function App() {
  const { t } = useTranslation();
  const locale = useLocale();
  const views = useEventViews();
  const hasData = useHub((s) => s.live !== null);
  const view = useUi((s) => s.view);
  useShortcuts();
  useSignInPrompt();

  const eventName = views ? pickText(views.event.event.name, locale) : null;
  useEffect(() => {
    document.title = eventName ? `${eventName} · ${t("app.name")}` : t("app.name");
  }, [eventName, t]);

  // A view popped out into its own window (`?view=plan&solo=1`): that view alone.
  if (SOLO_VIEW) {
    return (
      <>
        <SoloView view={SOLO_VIEW} />
        <DesktopShell />
      </>
    );
  }

  return (
    <div className="app">
      <TopBar />
      <div className="duty-row">
        <DutyStrip />
        {views && <ProgrammeButton />}
      </div>
      <main className="app-main">
        {views ? (
          view === "devices" ? (
            <DevicesView views={views} />
          ) : view === "room" ? (
            <RoomView views={views} />
          ) : view === "interpretation" ? (
            <InterpretationView views={views} />
          ) : view === "speakers" ? (
            <SpeakersView views={views} />
          ) : view === "log" ? (
            <LogView views={views} />
          ) : (
            <Overview views={views} />
          )
        ) : (
          <p className="placeholder" data-testid="placeholder">
            {hasData ? t("app.noEvent") : t("app.connecting")}
          </p>
        )}
      </main>
      {view === "overview" && <DetailPanel />}
      <ClockDialog />
      <AboutDialog />
      <HelpDialog />
      <SignInDialog />
      <OperatorPanel />
      {views && <ProgrammeDialogs />}
      <DesktopShell />
    </div>
  );
}
