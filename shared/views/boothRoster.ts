import type { EventFile } from "../model/eventFile";
import { FLOOR_SOURCE } from "../model/interpretation";
import type { Interpreter } from "../model/people";

/**
 * Interpreters who can work into a booth's language: it is one of their A (mother tongue) or B (active)
 * languages. Those with it as A come first, then by name.
 */
export function interpretersForLanguage(people: EventFile["people"], language: string): Interpreter[] {
  const rank = (i: Interpreter) => (i.languages.a.includes(language) ? 0 : 1);
  return people.interpreters
    .filter((i) => i.languages.a.includes(language) || i.languages.b.includes(language))
    .sort((x, y) => rank(x) - rank(y) || x.name.localeCompare(y.name));
}

/** Where a booth can take its source: the floor, or another booth of its room on relay. */
export function relaySources(booths: EventFile["booths"], boothId: string): string[] {
  const booth = booths.find((b) => b.id === boothId);
  if (!booth) return [FLOOR_SOURCE];
  return [
    FLOOR_SOURCE,
    ...booths.filter((b) => b.roomId === booth.roomId && b.id !== boothId).map((b) => b.id),
  ];
}
