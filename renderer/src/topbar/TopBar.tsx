import { useTranslation } from "react-i18next";
import { StaleBanner } from "../components/StaleBanner";
import { pickText, useLocale } from "../i18n/i18n";
import { useEventViews } from "../state/eventViews";
import { selectStale, useHub } from "../state/hubStore";
import { useUi } from "../state/uiStore";
import { LanguageSwitch } from "./LanguageSwitch";
import { LinkStateIndicator } from "./LinkStateIndicator";
import { RehearsalStatus } from "./RehearsalStatus";
import { VenueClock } from "./VenueClock";
import { ViewSwitch } from "./ViewSwitch";

export function TopBar() {
  const { t } = useTranslation();
  const locale = useLocale();
  const views = useEventViews();
  const openOverlay = useUi((s) => s.openOverlay);
  const stale = useHub(selectStale);
  const eventName = views ? pickText(views.event.event.name, locale) : t("app.name");

  return (
    <header className="topbar" data-testid="top-bar" data-stale={stale}>
      <div className="topbar-title">
        {stale ? <StaleBanner /> : <span className="app-name">{t("app.name")}</span>}
        <h1 className="event-name" data-testid="event-name" title={eventName}>
          {eventName}
        </h1>
      </div>
      <ViewSwitch />
      <VenueClock />
      <RehearsalStatus />
      <LinkStateIndicator />
      <div className="topbar-actions">
        <LanguageSwitch />
        {/* A symbol like the help button beside it: the view buttons need the width at 1366 px. */}
        <button
          type="button"
          className="button icon-button"
          data-testid="about-open"
          aria-label={t("about.open")}
          title={`${t("about.open")} (A)`}
          onClick={() => openOverlay("about")}
        >
          i
        </button>
        <button
          type="button"
          className="button icon-button"
          data-testid="help-open"
          aria-label={t("help.open")}
          title={t("help.open")}
          onClick={() => openOverlay("help")}
        >
          ?
        </button>
      </div>
    </header>
  );
}
