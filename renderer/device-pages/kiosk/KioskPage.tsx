import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { nextSessionFor, searchSpeakers } from "../../../shared/views/speakerSearch";
import { useLocale } from "../../src/i18n/i18n";
import { NoticeBanner } from "../components/NoticeBanner";
import { usePublicData, useVenueNow } from "../data/publicData";
import { deviceLink } from "../link/deviceRuntime";
import { useKioskNotice } from "./kioskStore";
import { SessionLine, speakerName } from "./SpeakerCard";

const RESULTS = 6;
/** The confirmation stays this long, then the kiosk is ready for the next person. */
const CONFIRMATION_MS = 20_000;

/** Self check-in for speakers: find yourself by name, city or organisation, check in for your next session. */
export function KioskPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const event = usePublicData((s) => s.event);
  const notice = useKioskNotice((s) => s.notice);
  const now = useVenueNow(60_000);
  const [query, setQuery] = useState("");
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [checkedIn, setCheckedIn] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const results = useMemo(
    () => (event ? searchSpeakers(event.people.speakers, query, RESULTS) : []),
    [event, query],
  );

  useEffect(() => {
    deviceLink().report({ ready: true, printerOk: true });
  }, []);

  const reset = useCallback(() => {
    setQuery("");
    setChosenId(null);
    setCheckedIn(null);
    setFailed(false);
  }, []);
  useEffect(() => {
    if (checkedIn === null) return;
    const timer = setTimeout(reset, CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [checkedIn, reset]);

  if (!event || now === null) return <p className="device-waiting">{t("devicePage.loading")}</p>;
  const chosen = event.people.speakers.find((s) => s.id === (checkedIn ?? chosenId)) ?? null;
  const session = chosen ? nextSessionFor(event.sessions, chosen.id, now) : null;

  const checkIn = () => {
    if (!chosen) return;
    const sent = deviceLink().sendEvent("check-in", {
      personId: chosen.id,
      ...(session ? { sessionId: session.id } : {}),
    });
    setFailed(!sent);
    if (sent) setCheckedIn(chosen.id);
  };

  return (
    <div className="kiosk" data-testid="kiosk">
      <div className="kiosk-search">
        <h2 className="kiosk-heading">{t("devicePage.kiosk.title")}</h2>
        <input
          className="kiosk-input"
          data-testid="kiosk-search"
          type="search"
          autoComplete="off"
          placeholder={t("devicePage.kiosk.search")}
          aria-label={t("devicePage.kiosk.search")}
          value={query}
          disabled={checkedIn !== null}
          onChange={(e) => {
            setQuery(e.target.value);
            setChosenId(null);
          }}
        />
        <ul className="kiosk-results">
          {(checkedIn === null ? results : []).map((speaker) => (
            <li key={speaker.id}>
              <button
                type="button"
                className="device-button kiosk-result"
                data-testid={`kiosk-result-${speaker.id}`}
                aria-pressed={speaker.id === chosenId}
                onClick={() => setChosenId(speaker.id)}
              >
                <span className="kiosk-name">{speakerName(speaker, locale)}</span>
                <span className="kiosk-meta">
                  {speaker.organisation} · {speaker.city}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {checkedIn !== null ? null : query.trim() === "" ? (
          <p className="kiosk-hint">{t("devicePage.kiosk.typeToSearch")}</p>
        ) : (
          results.length === 0 && <p className="kiosk-hint">{t("devicePage.kiosk.noResults")}</p>
        )}
      </div>
      <div className="kiosk-detail">
        {checkedIn !== null && chosen ? (
          <div className="kiosk-confirmation" data-testid="kiosk-confirmation" role="status">
            <p className="kiosk-confirmation-title">
              ✓ {t("devicePage.kiosk.checkedIn", { name: speakerName(chosen, locale) })}
            </p>
            <h3 className="kiosk-label">{t("devicePage.kiosk.yourSession")}</h3>
            <SessionLine session={session} event={event} />
            <button type="button" className="device-button" data-testid="kiosk-done" onClick={reset}>
              {t("devicePage.kiosk.done")}
            </button>
          </div>
        ) : chosen ? (
          <div className="kiosk-card" data-testid="kiosk-chosen">
            <p className="kiosk-card-name">{speakerName(chosen, locale)}</p>
            <p className="kiosk-meta">
              {chosen.title ? `${chosen.title}, ` : ""}
              {chosen.organisation} · {chosen.city}
            </p>
            <h3 className="kiosk-label">{t("devicePage.kiosk.yourSession")}</h3>
            <SessionLine session={session} event={event} />
            <button
              type="button"
              className="device-button kiosk-checkin"
              data-testid="kiosk-checkin"
              onClick={checkIn}
            >
              {t("devicePage.kiosk.checkIn")}
            </button>
            {failed && (
              <p className="booth-feedback is-error" role="alert">
                {t("devicePage.notSent")}
              </p>
            )}
          </div>
        ) : (
          <p className="kiosk-hint">{t("devicePage.kiosk.chooseYourself")}</p>
        )}
      </div>
      {notice && <NoticeBanner text={notice} onDismiss={() => useKioskNotice.setState({ notice: null })} />}
    </div>
  );
}
