import { useLayoutEffect, useRef } from "react";
import { currentVenueMs, subscribeVenueTick } from "../state/venueClock";

interface TickingTextProps {
  /** Text for a venue instant; called on every clock tick. */
  render: (venueMs: number) => string;
  className?: string;
  testId?: string;
}

/**
 * Text that follows the venue clock without re-rendering React: the tick writes the DOM directly.
 * React renders the span empty and never owns its text, so the two never fight over it.
 */
export function TickingText({ render, className, testId }: TickingTextProps) {
  const ref = useRef<HTMLSpanElement>(null);
  const renderRef = useRef(render);

  useLayoutEffect(() => {
    renderRef.current = render;
    const now = currentVenueMs();
    const el = ref.current;
    if (el && now !== null) el.textContent = render(now);
  });

  useLayoutEffect(
    () =>
      subscribeVenueTick((venueMs) => {
        const el = ref.current;
        if (!el) return;
        const text = renderRef.current(venueMs);
        if (el.textContent !== text) el.textContent = text;
      }),
    [],
  );

  return <span ref={ref} className={className} data-testid={testId} />;
}
