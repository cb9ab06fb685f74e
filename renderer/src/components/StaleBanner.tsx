import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { selectStale, useHub } from "../state/hubStore";

/**
 * Says how old the data is whenever the link is down, so nobody acts on a frozen picture. It sits in
 * the top bar in place of the console's name, so the panels below never move when the link drops.
 */
export function StaleBanner() {
  const { t } = useTranslation();
  const { stale, lastDataAt } = useHub(
    useShallow((s) => ({ stale: selectStale(s), lastDataAt: s.lastDataAt })),
  );
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!stale) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [stale]);

  if (!stale) return null;
  const seconds = lastDataAt === null ? 0 : Math.max(0, Math.round((now - lastDataAt) / 1000));
  const ago =
    seconds < 120
      ? t("link.agoSeconds", { count: seconds })
      : t("link.agoMinutes", { count: Math.floor(seconds / 60) });
  return (
    <span className="stale-banner" role="alert" data-testid="stale-banner">
      <span aria-hidden="true">⚠ </span>
      {t("link.stale", { ago })}
    </span>
  );
}
