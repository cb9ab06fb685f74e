import { DateTime } from "luxon";
import { useTranslation } from "react-i18next";
import type { Speaker } from "../../../shared/model/people";
import type { ReadinessSettings } from "../../../shared/model/readiness";
import type { LocalTime } from "../../../shared/readiness/localTime";
import { remoteClock } from "../../../shared/readiness/readinessViews";
import { intlLocale, useLocale } from "../i18n/i18n";
import { NIGHT_GLYPH } from "./readinessSymbols";

interface RemoteClockBlockProps {
  speaker: Speaker;
  nowMs: number;
  /** The slot's expected start. */
  startMs: number;
  settings: ReadinessSettings;
  testId: string;
}

function LocalLine({
  label,
  local,
  zone,
  settings,
  testId,
  offsetNote,
}: {
  label: string;
  local: LocalTime;
  zone: string;
  settings: ReadinessSettings;
  testId: string;
  /** The slot's offset, when daylight saving changes it before then. */
  offsetNote?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className={local.night ? "spk-local-line is-night" : "spk-local-line"} data-night={local.night}>
      <dt>{label}</dt>
      <dd>
        <span className="spk-local-time tabular" data-testid={testId}>
          {local.time}
        </span>{" "}
        {/* The weekday tells "still yesterday there" at a glance, in little width. */}
        <span className="spk-local-date">
          {DateTime.fromISO(local.date, { zone }).setLocale(intlLocale(locale)).toFormat("ccc")}
        </span>
        {offsetNote && <span className="spk-local-offset"> {offsetNote}</span>}
        {/* Hidden, not removed, by day: the line never reflows when the flag comes or goes. */}
        <span
          className={local.night ? "spk-night" : "spk-night is-off"}
          data-testid={`${testId}-night`}
          title={t("speakers.nightTitle", { from: settings.nightStartHour, to: settings.nightEndHour })}
          aria-hidden={!local.night}
        >
          <span aria-hidden="true">{NIGHT_GLYPH}</span> {t("speakers.night")}
        </span>
      </dd>
    </div>
  );
}

/** A remote speaker's own clock: now, and when their slot starts, with the night flagged where they are. */
export function RemoteClockBlock({ speaker, nowMs, startMs, settings, testId }: RemoteClockBlockProps) {
  const { t } = useTranslation();
  const clock = remoteClock(speaker.timeZone, nowMs, startMs, settings);
  return (
    <div className="spk-local" data-testid={testId}>
      <p className="spk-local-head">
        <span data-testid={`${testId}-offset`}>{t("speakers.localTime", { offset: clock.now.offset })}</span>
        <span className="muted"> · {speaker.city}</span>
      </p>
      <dl className="spk-local-lines">
        <LocalLine
          label={t("speakers.localNow")}
          local={clock.now}
          zone={speaker.timeZone}
          settings={settings}
          testId={`${testId}-now`}
        />
        <LocalLine
          label={t("speakers.localAtSlot")}
          local={clock.atStart}
          zone={speaker.timeZone}
          settings={settings}
          testId={`${testId}-slot`}
          offsetNote={clock.atStart.offset !== clock.now.offset ? clock.atStart.offset : undefined}
        />
      </dl>
    </div>
  );
}
