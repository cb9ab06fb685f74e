import { listOrigins, type Origin, type ProblemKind, ProblemLog, type Severity } from "./report";

interface Group {
  severity: Severity;
  kind: ProblemKind;
  origins: Origin[];
  /** `places` is ` (lines 3, 4, 9)` for several items, and empty for one (its line is the problem's own). */
  describe: (count: number, places: string) => string;
  hint: string;
}

/**
 * Notes a merge makes about many items at once (names without Chinese, defaults, placeholders): one
 * line per kind of note and file, listing where, instead of a line per session.
 */
export class MergeNotes {
  readonly log = new ProblemLog();
  private readonly groups = new Map<string, Group>();

  note(key: string, origin: Origin, group: Omit<Group, "origins">): void {
    const id = `${key}|${origin.file}`;
    const existing = this.groups.get(id);
    if (existing) existing.origins.push(origin);
    else this.groups.set(id, { ...group, origins: [origin] });
  }

  /** Every note, the grouped ones after the single ones. */
  flush() {
    for (const group of this.groups.values()) {
      const [first] = group.origins;
      if (!first) continue;
      const at: Origin = group.origins.length === 1 ? first : { file: first.file };
      this.log.add(
        group.severity,
        group.kind,
        at,
        group.describe(
          group.origins.length,
          group.origins.length === 1 ? "" : ` (${listOrigins(group.origins)})`,
        ),
        group.hint,
      );
    }
    this.groups.clear();
    return this.log.problems;
  }
}
