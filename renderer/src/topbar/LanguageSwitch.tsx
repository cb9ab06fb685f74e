import { useTranslation } from "react-i18next";
import { toggleLocale, useLocale } from "../i18n/i18n";

/** Both languages are always visible; the one in use is highlighted, a press switches to the other. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <button
      type="button"
      className="lang-switch"
      data-testid="lang-switch"
      data-locale={locale}
      aria-label={t("language.switch")}
      onClick={toggleLocale}
    >
      <span className={locale === "en" ? "lang-option is-active" : "lang-option"} lang="en">
        EN
      </span>
      <span className={locale === "zh-CN" ? "lang-option is-active" : "lang-option"} lang="zh-CN">
        中文
      </span>
    </button>
  );
}
