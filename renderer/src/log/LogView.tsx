import { useTranslation } from "react-i18next";
import { DayReportPanel } from "../report/DayReportPanel";
import type { EventViews } from "../state/eventViews";
import { LogForm } from "./LogForm";
import { LogList } from "./LogList";
import { LOG_TABS, useLogUi } from "./logUi";
import "../styles/log.css";

/** The duty officer's record: the incident log (append-only) and the end-of-day report for handover. */
export function LogView({ views }: { views: EventViews }) {
  const { t } = useTranslation();
  const tab = useLogUi((s) => s.tab);
  const setTab = useLogUi((s) => s.setTab);
  return (
    <div className="log-view" data-testid="log-view" data-tab={tab}>
      <header className="log-bar panel no-print">
        <nav className="segmented" aria-label={t("log.tabs.label")}>
          {LOG_TABS.map((name) => (
            <button
              key={name}
              type="button"
              className="segment"
              data-testid={`log-tab-${name}`}
              aria-pressed={tab === name}
              onClick={() => setTab(name)}
            >
              {t(`log.tabs.${name}`)}
            </button>
          ))}
        </nav>
      </header>
      {tab === "log" ? (
        <div className="log-body">
          <LogList views={views} />
          <LogForm views={views} />
        </div>
      ) : (
        <DayReportPanel views={views} />
      )}
    </div>
  );
}
