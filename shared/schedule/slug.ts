const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** True for the project's ids: lower-case slugs (a-z, 0-9 and '-'). */
export const isSlug = (text: string) => SLUG.test(text);

/**
 * "Saal 1" → "saal-1", "Café Zürich" → "cafe-zurich". Returns "" when nothing usable is left (a name in
 * Chinese characters, say); callers then fall back to a numbered id.
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** `base`, or `base-2`, `base-3` ... whichever is not taken yet; the result is marked as taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
