import { IANAZone } from "luxon";
import type { ImportedText } from "../importedSchedule";
import { languageCode } from "../languages";
import type { ProblemLog } from "../report";
import { isSlug, slugify } from "../slug";
import type { CsvRow } from "./readCsv";

/**
 * Readers for one CSV cell each. Each reports what is wrong at the row's line and column, with a hint,
 * and returns undefined for a value it cannot use, so that one bad cell does not hide the others.
 */
export class Cells {
  constructor(
    readonly row: CsvRow,
    readonly log: ProblemLog,
  ) {}

  /** A filled-in value, or an error naming the column. */
  required(column: string, what: string): string | undefined {
    const value = this.row.value(column);
    if (value === "")
      this.log.error("missing-field", this.row.at(column), `${column} is empty`, `fill in ${what}`);
    return value === "" ? undefined : value;
  }

  /** undefined: the column is absent (the input says nothing); null: present but empty. */
  optional(column: string): string | null | undefined {
    if (!this.row.has(column)) return undefined;
    const value = this.row.value(column);
    return value === "" ? null : value;
  }

  id(column = "id", what = "an id"): string | undefined {
    const value = this.required(column, what);
    if (value === undefined || isSlug(value)) return value;
    const suggestion = slugify(value);
    this.log.error(
      "invalid-value",
      this.row.at(column),
      `"${value}" is not an id: ids are lower-case slugs (a-z, 0-9 and '-')`,
      suggestion ? `write it as "${suggestion}"` : "use Latin letters, digits and '-'",
    );
    return undefined;
  }

  /** `name_en` / `name_zh`: at least one is needed. */
  text(prefix: string, what: string): ImportedText | undefined {
    const en = this.row.value(`${prefix}_en`);
    const zh = this.row.value(`${prefix}_zh`);
    if (en === "" && zh === "") {
      this.log.error(
        "missing-field",
        this.row.at(`${prefix}_en`),
        `${prefix}_en and ${prefix}_zh are both empty`,
        `give the ${what} in English, Chinese or both`,
      );
      return undefined;
    }
    return { ...(en ? { en } : {}), ...(zh ? { zh } : {}) };
  }

  oneOf<T extends string>(column: string, allowed: readonly T[]): T | undefined {
    const value = this.row.value(column).toLowerCase();
    if (value === "") return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.log.error(
      "invalid-value",
      this.row.at(column),
      `"${this.row.value(column)}" is not a valid ${column}`,
      `use one of: ${allowed.join(", ")}`,
    );
    return undefined;
  }

  wholeNumber(column: string): number | undefined {
    const value = this.row.value(column);
    if (value === "") return undefined;
    if (/^\d+$/.test(value)) return Number(value);
    this.log.error(
      "invalid-value",
      this.row.at(column),
      `"${value}" is not a whole number`,
      "write digits only, e.g. 120",
    );
    return undefined;
  }

  yesNo(column: string): boolean | undefined {
    const value = this.row.value(column).toLowerCase();
    if (value === "") return undefined;
    if (["yes", "y", "true", "1"].includes(value)) return true;
    if (["no", "n", "false", "0"].includes(value)) return false;
    this.log.error("invalid-value", this.row.at(column), `"${value}" is not yes or no`, "write yes or no");
    return undefined;
  }

  timeZone(column: string): string | undefined {
    const value = this.row.value(column);
    if (value === "" || IANAZone.isValidZone(value)) return value || undefined;
    this.log.error(
      "unknown-time-zone",
      this.row.at(column),
      `unknown time zone "${value}"`,
      "use an IANA time zone name such as Europe/Lisbon or Asia/Shanghai",
    );
    return undefined;
  }

  /** Language codes separated by spaces, commas or semicolons; each must be a known ISO 639 code. */
  languages(column: string): string[] | undefined {
    const codes: string[] = [];
    let ok = true;
    for (const tag of this.row
      .value(column)
      .split(/[\s,;]+/)
      .filter(Boolean)) {
      const code = languageCode(tag);
      if (code === undefined) {
        ok = false;
        this.log.error(
          "unknown-language",
          this.row.at(column),
          `unknown language code "${tag}"`,
          "use ISO 639-1 codes such as zh, en, fr, es, separated by spaces",
        );
      } else if (!codes.includes(code)) codes.push(code);
    }
    return ok ? codes : undefined;
  }
}
