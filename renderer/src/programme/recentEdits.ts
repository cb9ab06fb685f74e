import type { SessionEdit } from "../../../shared/live/liveState";
import type { Session } from "../../../shared/model/programme";

/** The session fields an edit list names when they changed, in this order. */
const FIELDS = ["start", "end", "roomId", "speakers", "languages", "title"] as const;
export type EditedField = (typeof FIELDS)[number];

export interface EditRow {
  edit: SessionEdit;
  fields: EditedField[];
  /**
   * Whether Undo can work now: "ok"; "undone" already; "changedSince" when the session changed after
   * this edit (the hub refuses, so the later edit is undone first); "gone" when it left the programme.
   */
  undo: "ok" | "undone" | "changedSince" | "gone";
}

export function editedFields(before: Session, after: Session): EditedField[] {
  return FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/**
 * Live edits newest first (of one session, or of all), at most `limit`, each with what it changed and
 * whether the hub would take it back now (the same rule as session.undoEdit).
 */
export function recentEdits(
  edits: readonly SessionEdit[],
  sessions: readonly Session[],
  options: { sessionId?: string; limit?: number } = {},
): EditRow[] {
  const byId = new Map(sessions.map((s) => [s.id, s]));
  return edits
    .filter((e) => options.sessionId === undefined || e.sessionId === options.sessionId)
    .slice(-(options.limit ?? 10))
    .reverse()
    .map((edit) => {
      const current = byId.get(edit.sessionId);
      const undo: EditRow["undo"] = edit.undone
        ? "undone"
        : !current
          ? "gone"
          : JSON.stringify(current) !== JSON.stringify(edit.after)
            ? "changedSince"
            : "ok";
      return { edit, fields: editedFields(edit.before, edit.after), undo };
    });
}
