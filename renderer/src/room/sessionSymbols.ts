import type { SessionStatus } from "../../../shared/live/vocabulary";

/** A shape beside every status word, so the state reads without colour. */
export const SESSION_STATUS_GLYPH: Record<SessionStatus, string> = {
  scheduled: "○",
  standby: "◔",
  live: "●",
  hold: "Ⅱ",
  ended: "■",
  cancelled: "✕",
};
