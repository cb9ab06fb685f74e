import { describe, expect, it } from "vitest";
import { languageCode, languageName } from "./languages";

describe("language codes", () => {
  it("reads the tags conference systems send", () => {
    expect(["en", "de-formal", "pt_BR", "ZH", "deu", "chi"].map(languageCode)).toEqual([
      "en",
      "de",
      "pt",
      "zh",
      "de",
      "zh",
    ]);
  });

  it("knows no language that does not exist", () => {
    expect(["xx", "english", "", "1a"].map(languageCode)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("names a language in both console languages", () => {
    expect(languageName("de")).toEqual({ en: "German", "zh-CN": "德语" });
  });
});
