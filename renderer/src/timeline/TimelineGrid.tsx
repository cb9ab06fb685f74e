import { type CSSProperties, Fragment, useLayoutEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { DeviceStatus } from "../../../shared/live/vocabulary";
import type { Session } from "../../../shared/model/programme";
import { expectedTimes } from "../../../shared/views/expectedTimes";
import { sessionEndMs, sessionStartMs } from "../../../shared/views/schedule";
import { delayToShow } from "../../../shared/views/stageManager";
import { TimelineScale, type TimelineSpan } from "../../../shared/views/timelineScale";
import { DEVICE_GLYPH } from "../components/symbols";
import { formatDayLabel, formatTime } from "../format/venueTime";
import { pickText, useLocale } from "../i18n/i18n";
import { useGoNoGo } from "../speakers/useGoNoGo";
import { todayIndex } from "../state/dayFocus";
import type { EventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";
import { useRoomHealth } from "../state/roomHealth";
import { useUi, ZOOM_FACTOR } from "../state/uiStore";
import { currentVenueMs, useCoarseVenueMs } from "../state/venueClock";
import { NowLine } from "./NowLine";
import { SessionBlock } from "./SessionBlock";

const TICK_MINUTES = { all: 180, day: 30, day2: 30, day4: 15 } as const;

function AxisLabels({ scale, views, span }: { scale: TimelineScale; views: EventViews; span: TimelineSpan }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (span.kind === "all") {
    return scale.columns.map((col) => {
      const day = views.days[col.dayIndex];
      return (
        <span
          key={col.dayIndex}
          className="axis-day"
          style={{ left: `${col.x0 * 100}%`, width: `${(col.x1 - col.x0) * 100}%` }}
        >
          {t("timeline.day", { day: col.dayIndex + 1 })}
          <span className="muted"> {day ? formatDayLabel(day.date, views.zone, locale) : ""}</span>
        </span>
      );
    });
  }
  // The last hour line closes the window; a label there would hang off the end.
  return scale
    .ticks(60)
    .filter((tick) => tick.x < 1)
    .map((tick) => (
      <span key={tick.ms} className="axis-hour" style={{ left: `${tick.x * 100}%` }}>
        {formatTime(tick.ms, views.zone)}
      </span>
    ));
}

/** Lanes of rooms against time; the scale decides where every block and grid line goes. */
/** A lane's device health: a symbol always, the word when something is wrong (not colour alone). */
function LaneHealth({ status, roomId }: { status: DeviceStatus; roomId: string }) {
  const { t } = useTranslation();
  return (
    <span
      className={`health-badge health-${status} lane-health`}
      data-testid={`lane-health-${roomId}`}
      data-health={status}
      title={t("plan.devices", { status: t(`deviceStatus.${status}`) })}
    >
      <span aria-hidden="true">{DEVICE_GLYPH[status]}</span>
      {status !== "ok" && <span className="health-word">{t(`deviceStatus.${status}`)}</span>}
    </span>
  );
}

export function TimelineGrid({ views, span }: { views: EventViews; span: TimelineSpan }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const zoom = useUi((s) => s.zoom);
  const selectedRoom = useUi((s) => (s.selection?.type === "room" ? s.selection.id : null));
  const select = useUi((s) => s.select);
  const nowMs = useCoarseVenueMs();
  const scrollRef = useRef<HTMLDivElement>(null);
  const scale = useMemo(() => new TimelineScale(views.days, views.window, span), [views, span]);
  const health = useRoomHealth(views);
  const factor = ZOOM_FACTOR[zoom];
  const liveSessions = useHub((s) => s.live?.sessions);
  const expected = useMemo(
    () => (liveSessions && nowMs !== null ? expectedTimes(views.event, liveSessions, nowMs) : {}),
    [views.event, liveSessions, nowMs],
  );
  const todayStartMs = views.days[todayIndex(views.days, nowMs)]?.startMs ?? 0;
  const goNoGo = useGoNoGo(views);

  // When zoomed in, bring the venue clock (or the start of the day) into view.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || factor === 1) return;
    const now = currentVenueMs();
    const x = now === null ? null : scale.xOf(now);
    const track = el.scrollWidth;
    el.scrollLeft = x === null ? 0 : Math.max(0, x * track - el.clientWidth / 3);
  }, [scale, factor]);

  const isNow = (s: Session) => nowMs !== null && sessionStartMs(s) <= nowMs && nowMs < sessionEndMs(s);

  return (
    <div className="timeline-scroll" ref={scrollRef}>
      <div className="timeline-content" style={{ "--zoom": factor } as CSSProperties}>
        <div className="timeline-axis">
          <div className="lane-corner">{t("timeline.rooms")}</div>
          <div className="axis-track">
            <AxisLabels scale={scale} views={views} span={span} />
          </div>
        </div>
        <div className="timeline-lanes">
          <div className="grid-layer" aria-hidden="true">
            {scale.ticks(TICK_MINUTES[zoom]).map((tick) => (
              <span
                key={tick.ms}
                className={tick.major ? "grid-line is-major" : "grid-line"}
                style={{ left: `${tick.x * 100}%` }}
              />
            ))}
            {span.kind === "all" &&
              scale.columns.map((col) => (
                <span key={col.dayIndex} className="grid-day" style={{ left: `${col.x0 * 100}%` }} />
              ))}
            <NowLine scale={scale} zone={views.zone} />
          </div>
          {views.lanes.map((room) => {
            const roomName = pickText(room.name, locale);
            return (
              <div key={room.id} className="lane" data-testid={`lane-${room.id}`}>
                <button
                  type="button"
                  className="lane-label"
                  aria-pressed={selectedRoom === room.id}
                  onClick={() => select({ type: "room", id: room.id }, room.floorId)}
                  title={roomName}
                >
                  <span className="lane-name">{roomName}</span>
                  <LaneHealth status={health[room.id] ?? "ok"} roomId={room.id} />
                </button>
                <div className="lane-track">
                  {(views.sessionsByRoom.get(room.id) ?? []).map((session) => {
                    const placement = scale.place(sessionStartMs(session), sessionEndMs(session));
                    const times = expected[session.id];
                    const delayMin = times
                      ? delayToShow(
                          times.delayMin,
                          liveSessions?.[session.id],
                          sessionStartMs(session),
                          todayStartMs,
                        )
                      : 0;
                    // The planned block stays put; the expected span is drawn beside it, never instead.
                    const ghost = delayMin !== 0 && times ? scale.place(times.start, times.end) : null;
                    return placement ? (
                      <Fragment key={session.id}>
                        {ghost && (
                          <span
                            className="session-expected"
                            aria-hidden="true"
                            data-testid={`session-expected-${session.id}`}
                            style={{ left: `${ghost.x0 * 100}%`, width: `${(ghost.x1 - ghost.x0) * 100}%` }}
                          />
                        )}
                        <SessionBlock
                          session={session}
                          placement={placement}
                          roomName={roomName}
                          floorId={room.floorId}
                          zone={views.zone}
                          isNow={isNow(session)}
                          delayMin={delayMin}
                          readiness={goNoGo[session.id]?.status ?? null}
                        />
                      </Fragment>
                    ) : null;
                  })}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
