import i18next from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import { LOCALES, type Locale, type LocalizedText } from "../../../shared/model/common";
import en from "./en.json";
import zhCN from "./zh-CN.json";

declare module "i18next" {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

export const LOCALE_STORAGE_KEY = "venue-ops.locale";

function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The remembered choice, else the browser's preference, else English. */
function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(LOCALE_STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be disabled; the browser language still gives a sensible start.
  }
  return navigator.language.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

function applyToDocument(locale: Locale): void {
  document.documentElement.lang = locale;
}

export async function initI18n(): Promise<void> {
  const lng = initialLocale();
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, "zh-CN": { translation: zhCN } },
    lng,
    fallbackLng: "en",
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  applyToDocument(lng);
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : "en";
}

export function setLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembered, but still switched for this session.
  }
  void i18next.changeLanguage(locale);
  applyToDocument(locale);
}

export function toggleLocale(): void {
  setLocale(currentLocale() === "en" ? "zh-CN" : "en");
}

/** The current locale, re-rendering the component when it changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : "en";
}

/** A name from the event file in the current language. */
export function pickText(text: LocalizedText, locale: Locale): string {
  return text[locale];
}

/** Locale for Intl and luxon: English dates read day-month-year in this control room. */
export function intlLocale(locale: Locale): string {
  return locale === "en" ? "en-GB" : "zh-CN";
}
