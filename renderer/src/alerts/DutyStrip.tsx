import { OperatorControl } from "../signin/OperatorControl";
import { useEventViews } from "../state/eventViews";
import { AlertList } from "./AlertList";
import { AlertRail } from "./AlertRail";
import "../styles/alerts.css";

/**
 * The strip under the top bar on every screen, of fixed height: who works at this console and the alerts.
 * The top bar itself has no width left at 1366 px, and this keeps both in the same place on every view.
 */
export function DutyStrip() {
  const views = useEventViews();
  return (
    <div className="duty-strip" data-testid="duty-strip">
      <OperatorControl />
      {views ? <AlertRail event={views.event} /> : <div className="alert-rail" />}
      {views && <AlertList event={views.event} />}
    </div>
  );
}
