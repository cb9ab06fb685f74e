import type { Speaker } from "../model/people";
import type { Session } from "../model/programme";

/** Lower case without accents, so "lucia" finds "Lucía" and "SAO" finds "São". */
export function normalizeForSearch(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Speakers whose name (either script), city or organisation contain every word of the query; names that
 * start with the first word come first, then alphabetical. An empty query finds nobody.
 */
export function searchSpeakers(speakers: readonly Speaker[], query: string, limit = 8): Speaker[] {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  const first = words[0];
  if (first === undefined) return [];
  const matches = speakers.filter((s) => {
    const haystack = normalizeForSearch([s.name, s.nameZh ?? "", s.city, s.organisation].join(" "));
    return words.every((word) => haystack.includes(word));
  });
  const startsWithFirst = (s: Speaker) =>
    normalizeForSearch(s.name).startsWith(first) || normalizeForSearch(s.nameZh ?? "").startsWith(first);
  return matches
    .sort((a, b) => Number(startsWithFirst(b)) - Number(startsWithFirst(a)) || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** The speaker's session that is on now or comes next (by the venue clock), or null when none is left. */
export function nextSessionFor(
  sessions: readonly Session[],
  personId: string,
  nowMs: number,
): Session | null {
  const theirs = sessions
    .filter((s) => s.speakers.some((entry) => entry.personId === personId) && Date.parse(s.end) > nowMs)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return theirs[0] ?? null;
}
