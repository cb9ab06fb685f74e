import type { SessionStatus } from "./vocabulary";

/**
 * The session lifecycle: stand by, go live, hold (with a reason) and resume, end; or cancel (with a
 * reason) before it starts. Ended and cancelled are final.
 */
export const SESSION_TRANSITIONS: Readonly<Record<SessionStatus, readonly SessionStatus[]>> = {
  scheduled: ["standby", "live", "cancelled"],
  standby: ["live", "scheduled", "cancelled"],
  live: ["hold", "ended"],
  hold: ["live", "ended"],
  ended: [],
  cancelled: [],
};
