import { useEffect, useState } from "react";

/** Whether the hub asks for an access code; null until /api/health (open without the code) answered. */
export function useCodeRequired(active: boolean): boolean | null {
  const [required, setRequired] = useState<boolean | null>(null);
  useEffect(() => {
    if (!active) return;
    const abort = new AbortController();
    fetch("/api/health", { cache: "no-store", signal: abort.signal })
      .then((response) => response.json() as Promise<{ access?: { codeRequired?: boolean } }>)
      .then((health) => setRequired(health.access?.codeRequired === true))
      // Unknown: offer the field, a hub that needs no code ignores it.
      .catch(() => !abort.signal.aborted && setRequired(true));
    return () => abort.abort();
  }, [active]);
  return required;
}
