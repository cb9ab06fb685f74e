import type { IncomingMessage } from "node:http";

/**
 * A browser page from another site must not drive the hub (cross-site WebSocket hijacking, CSRF).
 * Requests without an Origin header come from devices and tools, not browsers, and are allowed.
 */
export function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
