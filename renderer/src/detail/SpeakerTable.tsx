import { DateTime } from "luxon";
import { useTranslation } from "react-i18next";
import type { Session } from "../../../shared/model/programme";
import { intlLocale, useLocale } from "../i18n/i18n";
import type { EventViews } from "../state/eventViews";

/** The speakers of a session; remote speakers' own time matters (a mayor may be up at 3 a.m.). */
export function SpeakerTable({ views, session }: { views: EventViews; session: Session }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const regions = new Intl.DisplayNames([intlLocale(locale)], { type: "region" });
  const start = DateTime.fromISO(session.start);

  if (session.speakers.length === 0) {
    return (
      <>
        <h3>{t("detail.speakers")}</h3>
        <p className="muted">{t("detail.noSpeakers")}</p>
      </>
    );
  }

  return (
    <>
      <h3>{t("detail.speakers")}</h3>
      <table className="data-table" data-testid="detail-speakers">
        <thead>
          <tr>
            <th>{t("detail.name")}</th>
            <th>{t("detail.role")}</th>
            <th>{t("detail.mode")}</th>
            <th>{t("detail.city")}</th>
            <th>{t("detail.localTime")}</th>
          </tr>
        </thead>
        <tbody>
          {session.speakers.map((entry) => {
            const person = views.speakers.get(entry.personId);
            const name = person
              ? locale === "zh-CN" && person.nameZh
                ? person.nameZh
                : person.name
              : entry.personId;
            const local = person ? start.setZone(person.timeZone).setLocale(intlLocale(locale)) : null;
            return (
              <tr key={`${entry.personId}-${entry.role}`} data-testid={`speaker-${entry.personId}`}>
                <td>
                  {name}
                  {person && <span className="muted block">{person.organisation}</span>}
                </td>
                <td>{t(`speakerRoles.${entry.role}`)}</td>
                <td className={`mode-${entry.mode}`}>{t(`speakerModes.${entry.mode}`)}</td>
                <td>
                  {person ? (
                    <>
                      {person.city}
                      <span className="muted block">{regions.of(person.country) ?? person.country}</span>
                    </>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="tabular">
                  {local ? (
                    <>
                      {local.toFormat("HH:mm")}
                      <span className="muted block">
                        {local.toLocaleString({ weekday: "short", day: "numeric", month: "short" })}
                      </span>
                    </>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
