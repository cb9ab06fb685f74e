import { useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { TimelineScale } from "../../../shared/views/timelineScale";
import { formatTime } from "../format/venueTime";
import { subscribeVenueTick } from "../state/venueClock";

/** The venue clock's position on the timeline, moved on every tick without re-rendering. */
export function NowLine({ scale, zone }: { scale: TimelineScale; zone: string }) {
  const { t } = useTranslation();
  const lineRef = useRef<HTMLDivElement>(null);
  const labelRef = useRef<HTMLSpanElement>(null);

  useLayoutEffect(
    () =>
      subscribeVenueTick((venueMs) => {
        const line = lineRef.current;
        if (!line) return;
        const x = scale.xOf(venueMs);
        line.hidden = x === null;
        if (x !== null) line.style.left = `${(x * 100).toFixed(3)}%`;
        const label = labelRef.current;
        const text = formatTime(venueMs, zone);
        if (label && label.textContent !== text) label.textContent = text;
      }),
    [scale, zone],
  );

  return (
    <div className="now-line" ref={lineRef} data-testid="now-line" hidden>
      <span className="now-line-label">
        {t("timeline.now")} <span ref={labelRef} className="tabular" />
      </span>
    </div>
  );
}
