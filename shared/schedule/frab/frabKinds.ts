import type { SessionKind } from "../../model/programme";

/** Words in a frab `type` or `track` that say how a session takes place; anything else says nothing. */
const KIND_WORDS: readonly [RegExp, SessionKind][] = [
  [/\bhybrid\b/i, "hybrid"],
  [/\b(online|remote|virtual|webinar|live ?stream)\b/i, "online"],
  [/\b(exhibition|exhibit|expo|poster|showcase)s?\b/i, "exhibition"],
];

/** The session kind a frab type or track names, if it names one. */
export function kindFromFrab(...words: (string | null | undefined)[]): SessionKind | undefined {
  for (const word of words) {
    if (!word) continue;
    for (const [pattern, kind] of KIND_WORDS) if (pattern.test(word)) return kind;
  }
  return undefined;
}
