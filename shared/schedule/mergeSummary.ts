import type { ChangedEntity, EntityRef, MergeCollection, MergeResult } from "./mergeEvent";

/** The order in which an import's changes are listed, by the command line and the console's preview alike. */
export const MERGE_COLLECTION_ORDER: readonly MergeCollection[] = [
  "event",
  "rooms",
  "sessions",
  "speakers",
  "interpreters",
  "languages",
  "assignments",
];

function byCollection<T extends EntityRef>(items: readonly T[]): [MergeCollection, T[]][] {
  return MERGE_COLLECTION_ORDER.map((c): [MergeCollection, T[]] => [
    c,
    items.filter((i) => i.collection === c),
  ]).filter(([, list]) => list.length > 0);
}

function list(items: readonly EntityRef[], shown: number): string {
  const ids = items.slice(0, shown).map((i) => i.id);
  return items.length > shown ? `${ids.join(", ")} and ${items.length - shown} more` : ids.join(", ");
}

/**
 * What an import adds, changes and removes, a line per collection:
 * `changed sessions: d1-opening (start, end), d2-panel (roomId)`.
 */
export function formatMergeSummary(
  merge: Pick<MergeResult, "added" | "changed" | "removed">,
  shown = 8,
): string[] {
  const lines: string[] = [];
  for (const [collection, items] of byCollection(merge.added))
    lines.push(`added ${collection} (${items.length}): ${list(items, shown)}`);
  for (const [collection, items] of byCollection<ChangedEntity>(merge.changed)) {
    const head = items.slice(0, shown).map((i) => `${i.id} (${i.fields.join(", ")})`);
    const more = items.length > shown ? ` and ${items.length - shown} more` : "";
    lines.push(`changed ${collection} (${items.length}): ${head.join(", ")}${more}`);
  }
  for (const [collection, items] of byCollection(merge.removed))
    lines.push(`removed ${collection} (${items.length}): ${list(items, shown)}`);
  return lines.length > 0 ? lines : ["no changes"];
}
