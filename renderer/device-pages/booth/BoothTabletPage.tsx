import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Interpreter } from "../../../shared/model/people";
import { interpretersForLanguage, relaySources } from "../../../shared/views/boothRoster";
import { pickText, useLocale } from "../../src/i18n/i18n";
import { NoticeBanner } from "../components/NoticeBanner";
import { usePublicData } from "../data/publicData";
import { deviceLink } from "../link/deviceRuntime";
import { BoothControls } from "./BoothControls";
import { type BoothNotice, useBooth } from "./boothStore";
import { InterpreterGrid } from "./InterpreterGrid";
import { TurnTimer } from "./TurnTimer";

/** The interpreters' desk tablet: who is on the mic and for how long, relay, mic, and calls for help. */
export function BoothTabletPage({ deviceId }: { deviceId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const event = usePublicData((s) => s.event);
  const { micLive, relaySource, activeInterpreterId, turnStartedMs, turnMinutes, team, notice } = useBooth();
  const booth = useMemo(() => {
    const boothId = event?.devices.find((d) => d.id === deviceId)?.boothId;
    return event?.booths.find((b) => b.id === boothId) ?? null;
  }, [event, deviceId]);
  // The hub's team once it has sent one; until then, everyone who can work this booth.
  const interpreters = useMemo(() => {
    if (!event || !booth) return [];
    if (team === null) return interpretersForLanguage(event.people, booth.language);
    const people = new Map(event.people.interpreters.map((p) => [p.id, p]));
    return team.map(
      (id): Interpreter =>
        people.get(id) ?? { id, name: id, languages: { a: [], b: [], c: [] }, remote: false },
    );
  }, [event, booth, team]);

  useEffect(() => {
    deviceLink().report({
      micLive,
      relaySource,
      occupied: activeInterpreterId !== null,
      activeInterpreterId,
      ...(booth ? { channel: booth.outputChannel } : {}),
    });
  }, [micLive, relaySource, activeInterpreterId, booth]);

  if (!event) return <p className="device-waiting">{t("devicePage.loading")}</p>;
  if (!booth) return <p className="device-waiting">{t("devicePage.booth.noBooth")}</p>;
  const language = event.languages.find((l) => l.code === booth.language);
  const room = event.venue.rooms.find((r) => r.id === booth.roomId);
  const active = interpreters.find((i) => i.id === activeInterpreterId) ?? null;
  const noticeText = (n: BoothNotice) =>
    n.kind === "message"
      ? n.text
      : n.kind === "technician"
        ? t("devicePage.booth.technicianComing")
        : t("devicePage.booth.chairInformed");

  return (
    <div className="booth" data-testid="booth-tablet">
      <p className="booth-info">
        <strong>
          {t("devicePage.booth.title", {
            language: language ? pickText(language.name, locale) : booth.language,
          })}
        </strong>{" "}
        · {t("devicePage.booth.channel", { channel: booth.outputChannel })} ·{" "}
        {room ? pickText(room.name, locale) : booth.roomId}
      </p>
      <div className="booth-grid">
        <div className="booth-people">
          <TurnTimer
            name={active?.name ?? activeInterpreterId}
            startedMs={turnStartedMs}
            turnMinutes={turnMinutes}
            warningMinutes={event.interpretation.turnWarningMinutes}
          />
          <InterpreterGrid interpreters={interpreters} language={booth.language} fromHub={team !== null} />
        </div>
        <BoothControls sources={relaySources(event.booths, booth.id)} />
      </div>
      {notice && (
        <NoticeBanner text={noticeText(notice)} onDismiss={() => useBooth.setState({ notice: null })} />
      )}
    </div>
  );
}
