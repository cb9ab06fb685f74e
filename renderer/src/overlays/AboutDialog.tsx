import { useTranslation } from "react-i18next";
import { Modal } from "../components/Modal";
import { formatDayLabel } from "../format/venueTime";
import { intlLocale, pickText, useLocale } from "../i18n/i18n";
import { useEventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";
import { useUi } from "../state/uiStore";

/** Turns an unknown fact key such as "awardWinners" into words when no translation exists. */
const humanize = (key: string) =>
  key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());

export function AboutDialog() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const open = useUi((s) => s.overlay === "about");
  const close = useUi((s) => s.openOverlay);
  const hubVersion = useHub((s) => s.hubVersion);
  const views = useEventViews();
  const meta = views?.event.event;
  const venue = views?.event.venue;
  const numbers = new Intl.NumberFormat(intlLocale(locale));
  const first = meta?.days[0];
  const last = meta?.days.at(-1);

  return (
    <Modal open={open} title={t("about.title")} onClose={() => close(null)} testId="about-dialog" wide>
      <dl className="fact-list">
        <dt>{t("about.version")}</dt>
        <dd data-testid="about-version">{__APP_VERSION__}</dd>
        <dt>{t("about.hubVersion")}</dt>
        <dd>{hubVersion ?? "—"}</dd>
        {meta && venue && first && last && (
          <>
            <dt>{t("about.event")}</dt>
            <dd data-testid="about-event-name">{pickText(meta.name, locale)}</dd>
            <dt>{t("about.organiser")}</dt>
            <dd>{pickText(meta.organiser, locale)}</dd>
            {meta.theme && (
              <>
                <dt>{t("about.theme")}</dt>
                <dd>{pickText(meta.theme, locale)}</dd>
              </>
            )}
            <dt>{t("about.venue")}</dt>
            <dd>
              {pickText(venue.name, locale)}
              {venue.address && <span className="muted block">{pickText(venue.address, locale)}</span>}
            </dd>
            <dt>{t("about.dates")}</dt>
            <dd>
              {formatDayLabel(first, meta.timeZone, locale)} – {formatDayLabel(last, meta.timeZone, locale)}
            </dd>
            <dt>{t("about.timeZone")}</dt>
            <dd>{meta.timeZone}</dd>
          </>
        )}
      </dl>
      {meta?.illustrativeNote && (
        <section className="notice" data-testid="about-illustrative">
          <h3>{t("about.illustrative")}</h3>
          <p>{pickText(meta.illustrativeNote, locale)}</p>
        </section>
      )}
      {meta?.facts && (
        <section data-testid="about-facts">
          <h3>{t("about.facts")}</h3>
          <dl className="fact-grid">
            {Object.entries(meta.facts).map(([key, value]) => (
              <div key={key} className="fact">
                <dt>{i18n.exists(`facts.${key}`) ? t(`facts.${key}` as "facts.guests") : humanize(key)}</dt>
                <dd className="tabular">{numbers.format(value)}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </Modal>
  );
}
