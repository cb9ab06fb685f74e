import { useEffect, useState } from "react";

/** This machine's wall time, re-rendering every `intervalMs` while `active`: for countdowns and "ago" texts. */
export function useWallNow(intervalMs: number, active = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}
