import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { expectedTimes } from "../../../shared/views/expectedTimes";
import { useGoNoGo } from "../speakers/useGoNoGo";
import type { EventViews } from "../state/eventViews";
import { selectStale, useHub } from "../state/hubStore";
import { useCoarseVenueMs } from "../state/venueClock";
import { CurrentSession } from "./CurrentSession";
import { ReasonDialog } from "./ReasonDialog";
import { RoomPicker } from "./RoomPicker";
import { RoomSessionList } from "./RoomSessionList";
import { RoomStatusControl } from "./RoomStatusControl";
import { RoomSummary } from "./RoomSummary";
import { RunOfShow } from "./RunOfShow";
import { roomFocus } from "./roomFocus";
import { useRoomView } from "./roomViewStore";
import { StagePanel } from "./StagePanel";
import "../styles/room.css";

/** One stage manager, one room: today's sessions, the current one's controls, its cues and the stage. */
export function RoomView({ views }: { views: EventViews }) {
  const { t } = useTranslation();
  const pickedRoom = useRoomView((s) => s.roomId);
  const pickedSession = useRoomView((s) => s.sessionId);
  const sessions = useHub((s) => s.live?.sessions);
  const stale = useHub(selectStale);
  const venueMs = useCoarseVenueMs();
  // biome-ignore lint/correctness/useExhaustiveDependencies: live sessions change which session is current.
  const focus = useMemo(
    () => roomFocus(pickedRoom, pickedSession, venueMs),
    [pickedRoom, pickedSession, venueMs, sessions],
  );
  const expected = useMemo(
    () => (sessions && venueMs !== null ? expectedTimes(views.event, sessions, venueMs) : {}),
    [views.event, sessions, venueMs],
  );
  const goNoGo = useGoNoGo(views);
  if (!focus) return null;
  const session = focus.focusId ? views.sessions.get(focus.focusId) : undefined;

  return (
    <div className="room-view" data-testid="room-view" data-room={focus.roomId} data-stale={stale}>
      <header className="room-bar panel">
        <RoomPicker views={views} roomId={focus.roomId} />
        <RoomStatusControl roomId={focus.roomId} />
      </header>
      <section className="panel room-sessions" aria-labelledby="room-sessions-heading">
        <header className="panel-header">
          <h2 id="room-sessions-heading">{t("room.today")}</h2>
        </header>
        <RoomSessionList views={views} focus={focus} expected={expected} goNoGo={goNoGo} />
      </section>
      <section className="panel room-main" aria-label={t("room.controls")}>
        {session ? (
          <>
            <CurrentSession
              views={views}
              session={session}
              isCurrent={session.id === focus.currentId}
              goNoGo={goNoGo[session.id] ?? null}
            />
            <RunOfShow views={views} sessionId={session.id} />
          </>
        ) : (
          <p className="placeholder" data-testid="room-no-session">
            {t("room.noSession")}
          </p>
        )}
      </section>
      <aside className="panel room-side" aria-label={t("room.stageAndRoom")}>
        <StagePanel views={views} roomId={focus.roomId} />
        <RoomSummary views={views} roomId={focus.roomId} session={session} />
      </aside>
      <ReasonDialog />
    </div>
  );
}
