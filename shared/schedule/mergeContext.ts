import type { EventFile } from "../model/eventFile";
import { MergeNotes } from "./mergeNotes";
import { changedFields } from "./mergeText";
import type { ImportProblem } from "./report";

export type MergeCollection =
  | "event"
  | "rooms"
  | "sessions"
  | "speakers"
  | "interpreters"
  | "languages"
  | "assignments";

export interface EntityRef {
  collection: MergeCollection;
  id: string;
}
export interface ChangedEntity extends EntityRef {
  /** Dotted field paths that differ: `start`, `title.en`, `speakers`. */
  fields: string[];
}

export interface MergeResult {
  event: EventFile;
  added: EntityRef[];
  changed: ChangedEntity[];
  removed: EntityRef[];
  /** Defaults, placeholders and matches the merge made, for the report. */
  notes: ImportProblem[];
}

/** The event being merged into, and what the merge has done to it so far. */
export class MergeContext {
  readonly added: EntityRef[] = [];
  readonly changed: ChangedEntity[] = [];
  readonly removed: EntityRef[] = [];
  readonly notes = new MergeNotes();
  /** Import id → the event's id, where an item was matched by name. */
  readonly roomIds = new Map<string, string>();
  readonly speakerIds = new Map<string, string>();

  constructor(
    readonly event: EventFile,
    /** How the report names the event file itself. */
    readonly eventLabel: string,
  ) {}

  track(collection: MergeCollection, id: string, before: object | undefined, after: object): void {
    if (!before) {
      this.added.push({ collection, id });
      return;
    }
    const fields = changedFields(before, after);
    if (fields.length > 0) this.changed.push({ collection, id, fields });
  }

  result(): MergeResult {
    return {
      event: this.event,
      added: this.added,
      changed: this.changed,
      removed: this.removed,
      notes: this.notes.flush(),
    };
  }
}

export const sameName = (a: string, b: string | undefined) =>
  b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

/** Replaces an object's fields in place (it is referenced from the event being merged). */
export function replaceObject<T extends object>(target: T, source: T): void {
  for (const key of Object.keys(target)) delete (target as Record<string, unknown>)[key];
  Object.assign(target, source);
}
