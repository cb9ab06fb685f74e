import type { ImportedSpeaker } from "../importedSchedule";
import type { ProblemLog } from "../report";
import { slugify, uniqueId } from "../slug";
import type { FrabLocator } from "./frabLocator";
import { FrabPerson } from "./frabSchema";
import type { PathSegment } from "./jsonPaths";
import { reportIssues } from "./zodProblems";

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The people of a frab schedule, once each however many events they speak in. A person is known by
 * guid, code or id (whichever the export has), and gets a readable id from the name: "Ada Lovelace" →
 * "ada-lovelace", so that a speaker already in the event file is found again.
 */
export class FrabSpeakers {
  readonly list: ImportedSpeaker[] = [];
  private readonly byKey = new Map<string, { speaker: ImportedSpeaker; path: string }>();
  private readonly taken = new Set<string>();

  constructor(
    private readonly locator: FrabLocator,
    private readonly log: ProblemLog,
  ) {}

  /** The speaker id of one `persons[]` entry, or undefined when it cannot be read (reported). */
  add(raw: unknown, path: readonly PathSegment[]): string | undefined {
    const parsed = FrabPerson.safeParse(raw);
    if (!parsed.success) {
      reportIssues(parsed.error, raw, path, this.locator, this.log);
      return undefined;
    }
    const person = parsed.data;
    const name = (person.public_name ?? person.name ?? "").trim();
    const origin = this.locator.at(path);
    if (name === "") {
      this.log.error(
        "missing-field",
        origin,
        "a person without a name (public_name or name)",
        "give the speaker a public name in the conference system",
      );
      return undefined;
    }
    const numeric = person.id === undefined ? undefined : String(person.id);
    const key = person.guid ?? person.code ?? numeric ?? `name:${name.toLowerCase()}`;
    const known = this.byKey.get(key);
    if (known) return known.speaker.id;
    // A name in Chinese characters gives no slug: the shortest of the person's own ids does instead.
    const own = person.code ?? numeric ?? person.guid ?? String(this.list.length + 1);
    const base = slugify(name) || `speaker-${slugify(own)}`;
    const id = uniqueId(base, this.taken);
    if (id !== base) {
      const other = [...this.byKey.values()].find((s) => s.speaker.id === base);
      this.log.warning(
        "duplicate-id",
        origin,
        `another person named "${name}" (${other?.path ?? "earlier"}) is speaker "${base}": this one is "${id}"`,
        "nothing to do if they are two people; if it is one person, merge the accounts in the conference system",
      );
    }
    const speaker: ImportedSpeaker = {
      id,
      origin,
      name,
      ...(HAN.test(name) && !LATIN.test(name) ? { nameZh: name } : {}),
      matchByName: true,
    };
    this.byKey.set(key, { speaker, path: origin.path ?? origin.file });
    this.list.push(speaker);
    return id;
  }
}

/** A title or name goes to the language its script says: Chinese characters → zh, anything else → en. */
export const textIn = (text: string) => (HAN.test(text) ? { zh: text } : { en: text });
