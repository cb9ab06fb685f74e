import type { LocalizedText } from "../model/common";

// The platform's CLDR data knows every language's name in both console languages, so no table of our own.
const namesEn = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
const namesZh = new Intl.DisplayNames(["zh-CN"], { type: "language", fallback: "none" });

/** ISO 639-2 codes that conference systems sometimes send, to their ISO 639-1 form. */
const THREE_LETTER: Readonly<Record<string, string>> = {
  ara: "ar",
  chi: "zh",
  cmn: "zh",
  deu: "de",
  dut: "nl",
  eng: "en",
  fra: "fr",
  fre: "fr",
  ger: "de",
  ita: "it",
  jpn: "ja",
  kor: "ko",
  nld: "nl",
  pol: "pl",
  por: "pt",
  rus: "ru",
  spa: "es",
  tur: "tr",
  ukr: "uk",
  zho: "zh",
};

function knownName(code: string): string | undefined {
  try {
    return namesEn.of(code);
  } catch {
    return undefined; // not even shaped like a language tag
  }
}

/**
 * The project's code for a language tag from elsewhere: "en", "de-formal" and "pt_BR" → "en", "de", "pt";
 * "deu" → "de". Undefined when the language is unknown, so the caller can report it.
 */
export function languageCode(tag: string): string | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  if (!/^[a-z]{2,3}$/.test(primary)) return undefined;
  const code = THREE_LETTER[primary] ?? primary;
  return knownName(code) === undefined ? undefined : code;
}

/** The language's name in both console languages, e.g. de → {en: "German", zh-CN: "德语"}. */
export function languageName(code: string): LocalizedText {
  const en = knownName(code) ?? code;
  return { en, "zh-CN": namesZh.of(code) ?? en };
}
