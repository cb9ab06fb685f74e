import type { Interpreter, Speaker } from "../model/people";
import type { ImportedInterpreter, ImportedSpeaker } from "./importedSchedule";
import { type MergeContext, replaceObject, sameName } from "./mergeContext";

/** What a new speaker gets for details a schedule from elsewhere does not carry. */
export const SPEAKER_PLACEHOLDER = { organisation: "unknown", city: "unknown", country: "ZZ" } as const;

/** Speakers by id, or by name when the import made its ids up; what an import lacks is kept or filled in. */
export function mergeSpeakers(merge: MergeContext, speakers: readonly ImportedSpeaker[]): void {
  const { event, notes } = merge;
  const list = event.people.speakers;
  for (const imported of speakers) {
    const byName = imported.matchByName
      ? list.find((s) => sameName(imported.name, s.name) || sameName(imported.name, s.nameZh))
      : undefined;
    const existing = list.find((s) => s.id === imported.id) ?? byName;
    if (existing && existing.id !== imported.id)
      notes.log.info(
        "matched-by-name",
        imported.origin,
        `speaker "${imported.name}" is the event's speaker "${existing.id}" (same name)`,
        "nothing to do; if they are two people, give one a different id in the event file",
      );
    merge.speakerIds.set(imported.id, existing?.id ?? imported.id);
    const lacking = [
      imported.organisation ?? existing?.organisation,
      imported.city ?? existing?.city,
      imported.country ?? existing?.country,
    ].some((v) => v === undefined);
    if (lacking)
      notes.note("speaker-placeholder", imported.origin, {
        severity: "warning",
        kind: "placeholder",
        describe: (n, at) =>
          `${n} new speaker${n === 1 ? "" : "s"} without organisation, city or country${at}: ` +
          `set to "unknown", "unknown", "ZZ", time zone the venue's`,
        hint: "fill them in with speakers.csv (--into this event) or in the event file",
      });
    const after: Speaker = {
      id: existing?.id ?? imported.id,
      name: imported.name,
      ...optional("nameZh", imported.nameZh, existing?.nameZh),
      ...optional("title", imported.title, existing?.title),
      organisation: imported.organisation ?? existing?.organisation ?? SPEAKER_PLACEHOLDER.organisation,
      city: imported.city ?? existing?.city ?? SPEAKER_PLACEHOLDER.city,
      country: imported.country ?? existing?.country ?? SPEAKER_PLACEHOLDER.country,
      timeZone: imported.timeZone ?? existing?.timeZone ?? event.event.timeZone,
    };
    merge.track("speakers", after.id, existing, after);
    if (existing) replaceObject(existing, after);
    else list.push(after);
  }
}

/** An optional text field: undefined keeps the event's, null removes it, a value sets it. */
function optional<K extends string>(
  key: K,
  imported: string | null | undefined,
  existing: string | undefined,
) {
  const value = imported === undefined ? existing : (imported ?? undefined);
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;
}

/** Interpreters by id: CSV carries them whole, so only languages it leaves out are kept. */
export function mergeInterpreters(merge: MergeContext, interpreters: readonly ImportedInterpreter[]): void {
  const list = merge.event.people.interpreters;
  for (const imported of interpreters) {
    const existing = list.find((p) => p.id === imported.id);
    const after: Interpreter = {
      id: imported.id,
      name: imported.name,
      languages: {
        a: imported.languages.a,
        b: imported.languages.b ?? existing?.languages.b ?? [],
        c: imported.languages.c ?? existing?.languages.c ?? [],
      },
      remote: imported.remote ?? existing?.remote ?? false,
    };
    merge.track("interpreters", after.id, existing, after);
    if (existing) replaceObject(existing, after);
    else list.push(after);
  }
}
