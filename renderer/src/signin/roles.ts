import type { OperatorRole } from "../../../shared/access/operators";

/** A mark per role, so the top bar and the presence list tell roles apart without reading. */
export const ROLE_GLYPH: Record<OperatorRole, string> = {
  "duty-officer": "★",
  "stage-manager": "▣",
  "interpreter-coordinator": "◎",
  viewer: "◌",
};
