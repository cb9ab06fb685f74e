import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { PanelHeader } from "../components/PanelHeader";
import { useEventViews } from "../state/eventViews";
import { useUi } from "../state/uiStore";
import { RoomDetail } from "./RoomDetail";
import { SessionDetail } from "./SessionDetail";

/**
 * Side panel with the selected room or session. It does not block the rest of the console: the plan
 * and the timeline stay live beside it. Focus moves into it and back to the opener when it closes.
 */
export function DetailPanel() {
  const { t } = useTranslation();
  const selection = useUi((s) => s.selection);
  const select = useUi((s) => s.select);
  const views = useEventViews();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openerRef = useRef<Element | null>(null);
  const key = selection ? `${selection.type}:${selection.id}` : null;

  useEffect(() => {
    if (key === null) return;
    if (!openerRef.current) openerRef.current = document.activeElement;
    headingRef.current?.focus({ preventScroll: true });
  }, [key]);

  useEffect(() => {
    if (key !== null) return;
    const opener = openerRef.current;
    openerRef.current = null;
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus({ preventScroll: true });
  }, [key]);

  if (!selection || !views) return null;
  const kicker = selection.type === "room" ? t("detail.room") : t("detail.session");

  return (
    <aside
      className="detail-panel"
      data-testid="detail-panel"
      data-type={selection.type}
      data-id={selection.id}
      aria-labelledby="detail-heading"
    >
      <PanelHeader kicker={kicker} closeTestId="detail-close" onClose={() => select(null)} />
      <div className="detail-body">
        {selection.type === "room" ? (
          <RoomDetail views={views} roomId={selection.id} headingRef={headingRef} />
        ) : (
          <SessionDetail views={views} sessionId={selection.id} headingRef={headingRef} />
        )}
      </div>
    </aside>
  );
}
