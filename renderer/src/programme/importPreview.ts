import { isSessionActive } from "../../../shared/live/vocabulary";
import type { LocalizedText } from "../../../shared/model/common";
import type { EventFile } from "../../../shared/model/eventFile";
import type { MergeCollection, MergeResult } from "../../../shared/schedule/mergeContext";
import { MERGE_COLLECTION_ORDER } from "../../../shared/schedule/mergeSummary";

/** Session statuses during which the hub refuses to remove a session (it would vanish from the stage). */

/** One field of a changed session, before and after (instants as in the event file). */
export interface FieldChange {
  field: "start" | "end" | "roomId" | "kind" | "languages" | "speakers" | "title";
  before: string;
  after: string;
}

export interface PreviewItem {
  id: string;
  /** Title or name, where the collection has one. */
  name: LocalizedText | string | null;
  /** Changed items: the fields that differ (`start`, `title.en`). */
  fields: string[];
  /** Sessions: before and after of the fields an operator checks. */
  details: FieldChange[];
  /** Sessions: the live status (live or on hold) that the hub keeps, or refuses to lose. */
  liveStatus: string | null;
}

export interface PreviewGroup {
  collection: MergeCollection;
  added: PreviewItem[];
  changed: PreviewItem[];
  removed: PreviewItem[];
}

export interface ImportPreview {
  groups: PreviewGroup[];
  counts: { added: number; changed: number; removed: number };
  /** Removed sessions that are live or on hold: the hub refuses the import while they are. */
  removedLive: PreviewItem[];
}

type Named = { id: string; name?: unknown; title?: unknown };

function itemsOf(event: EventFile, collection: MergeCollection): readonly Named[] {
  switch (collection) {
    case "event":
      return [{ id: event.event.id, name: event.event.name }];
    case "rooms":
      return event.venue.rooms;
    case "sessions":
      return event.sessions;
    case "speakers":
      return event.people.speakers;
    case "interpreters":
      return event.people.interpreters;
    case "languages":
      return event.languages.map((l) => ({ id: l.code, name: l.name }));
    case "assignments":
      return [];
  }
}

function nameOf(event: EventFile, collection: MergeCollection, id: string): LocalizedText | string | null {
  const item = itemsOf(event, collection).find((i) => i.id === id);
  const name = item?.title ?? item?.name;
  return typeof name === "string" || (typeof name === "object" && name !== null)
    ? (name as LocalizedText | string)
    : null;
}

const DETAIL_FIELDS: readonly FieldChange["field"][] = [
  "start",
  "end",
  "roomId",
  "kind",
  "languages",
  "speakers",
  "title",
];

function show(value: unknown): string {
  if (Array.isArray(value))
    return value
      .map((v) => (typeof v === "object" && v !== null && "personId" in v ? String(v.personId) : String(v)))
      .join(" ");
  if (typeof value === "object" && value !== null) return Object.values(value).join(" / ");
  return value === undefined || value === null ? "" : String(value);
}

function sessionDetails(before: EventFile, after: EventFile, id: string, fields: string[]): FieldChange[] {
  const was = before.sessions.find((s) => s.id === id);
  const now = after.sessions.find((s) => s.id === id);
  if (!was || !now) return [];
  return DETAIL_FIELDS.filter((field) => fields.some((f) => f === field || f.startsWith(`${field}.`))).map(
    (field) => ({ field, before: show(was[field]), after: show(now[field]) }),
  );
}

/**
 * What an import will add, change and remove, grouped by collection, with names from the event (the
 * merged one for added and changed items, the running one for removed items), the before and after of a
 * changed session's time, room and the like, and the live status of the sessions it touches.
 */
export function buildPreview(
  base: EventFile,
  merge: Pick<MergeResult, "event" | "added" | "changed" | "removed">,
  statuses: Readonly<Record<string, { status: string } | undefined>>,
): ImportPreview {
  const live = (collection: MergeCollection, id: string) => {
    const status = collection === "sessions" ? statuses[id]?.status : undefined;
    return status !== undefined && isSessionActive(status) ? status : null;
  };
  const groups = MERGE_COLLECTION_ORDER.map(
    (collection): PreviewGroup => ({
      collection,
      added: merge.added
        .filter((i) => i.collection === collection)
        .map((i) => ({
          id: i.id,
          name: nameOf(merge.event, collection, i.id),
          fields: [],
          details: [],
          liveStatus: null,
        })),
      changed: merge.changed
        .filter((i) => i.collection === collection)
        .map((i) => ({
          id: i.id,
          name: nameOf(merge.event, collection, i.id),
          fields: i.fields,
          details: collection === "sessions" ? sessionDetails(base, merge.event, i.id, i.fields) : [],
          liveStatus: live(collection, i.id),
        })),
      removed: merge.removed
        .filter((i) => i.collection === collection)
        .map((i) => ({
          id: i.id,
          name: nameOf(base, collection, i.id),
          fields: [],
          details: [],
          liveStatus: live(collection, i.id),
        })),
    }),
  ).filter((g) => g.added.length + g.changed.length + g.removed.length > 0);
  const removedLive = groups.flatMap((g) => g.removed.filter((i) => i.liveStatus !== null));
  return {
    groups,
    counts: { added: merge.added.length, changed: merge.changed.length, removed: merge.removed.length },
    removedLive,
  };
}
