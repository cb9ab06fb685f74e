import type { ReadinessStatus } from "../../../shared/readiness/readiness";

/** A shape beside every go/no-go word, the same as the console's ok / warning / fault marks. */
export const READINESS_GLYPH: Record<ReadinessStatus, string> = {
  ready: "✓",
  "at-risk": "▲",
  "not-ready": "✖",
};

/** A checklist item: done, still to do, late, or loaded before a newer version arrived. */
export const ITEM_GLYPH = { done: "✓", open: "○", late: "✖", superseded: "▲" } as const;

export const NIGHT_GLYPH = "☾";
