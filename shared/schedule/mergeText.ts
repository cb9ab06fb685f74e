import type { LocalizedText } from "../model/common";
import type { ImportedText } from "./importedSchedule";

export interface MergedText {
  text: LocalizedText;
  /** The language the result had to borrow from the other, when neither input nor event had it. */
  borrowed?: "en" | "zh-CN";
  /** The English changed while the Chinese stayed as the event had it (the input had no Chinese). */
  staleChinese: boolean;
}

/**
 * Combines a name from an import with the event's own: what the import gives wins, what it lacks is
 * kept, and a language neither has is borrowed from the other (so both are always filled in).
 */
export function mergeText(imported: ImportedText, existing: LocalizedText | undefined): MergedText {
  const en = imported.en ?? existing?.en ?? imported.zh ?? "";
  const zh = imported.zh ?? existing?.["zh-CN"] ?? imported.en ?? "";
  const borrowed =
    imported.zh === undefined && existing === undefined
      ? "zh-CN"
      : imported.en === undefined && existing === undefined
        ? "en"
        : undefined;
  const staleChinese =
    existing !== undefined &&
    imported.zh === undefined &&
    imported.en !== undefined &&
    imported.en !== existing.en &&
    existing["zh-CN"] !== existing.en;
  return { text: { en, "zh-CN": zh }, ...(borrowed ? { borrowed } : {}), staleChinese };
}

/** Which fields differ, as dotted paths (`title.en`, `start`); arrays count as one field. */
export function changedFields(before: object, after: object, prefix = ""): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((key) => {
    const x = a[key];
    const y = b[key];
    const isRecord = (v: unknown): v is object => typeof v === "object" && v !== null && !Array.isArray(v);
    if (isRecord(x) && isRecord(y)) return changedFields(x, y, `${prefix}${key}.`);
    return JSON.stringify(x) === JSON.stringify(y) ? [] : [`${prefix}${key}`];
  });
}
