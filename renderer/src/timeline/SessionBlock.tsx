import { useTranslation } from "react-i18next";
import type { Session } from "../../../shared/model/programme";
import type { ReadinessStatus } from "../../../shared/readiness/readiness";
import { formatDelay } from "../../../shared/views/stageManager";
import type { Placement } from "../../../shared/views/timelineScale";
import { KIND_GLYPH } from "../components/symbols";
import { sessionTimeLabel } from "../format/sessionTime";
import { pickText, useLocale } from "../i18n/i18n";
import { ReadinessMark } from "../speakers/ReadinessMark";
import { useUi } from "../state/uiStore";

interface SessionBlockProps {
  session: Session;
  placement: Placement;
  roomName: string;
  floorId: string | undefined;
  zone: string;
  isNow: boolean;
  /** Minutes the expected start moved from the plan (0: on time). */
  delayMin: number;
  /** The speakers' go/no-go while the session is still to start; null otherwise. */
  readiness: ReadinessStatus | null;
}

export function SessionBlock({
  session,
  placement,
  roomName,
  floorId,
  zone,
  isNow,
  delayMin,
  readiness,
}: SessionBlockProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const selected = useUi((s) => s.selection?.type === "session" && s.selection.id === session.id);
  const select = useUi((s) => s.select);
  const title = pickText(session.title, locale);
  const time = sessionTimeLabel(session, zone, locale);
  const kind = t(`kinds.${session.kind}`);
  const delay = formatDelay(delayMin);
  const ready = readiness ? t("readiness.label", { status: t(`readiness.${readiness}`) }) : null;
  const extras = [delay, ready].filter(Boolean);
  const classes = [
    "session-block",
    `kind-${session.kind}`,
    isNow ? "is-now" : "",
    selected ? "is-selected" : "",
    placement.cutStart ? "cut-start" : "",
    placement.cutEnd ? "cut-end" : "",
  ];

  return (
    <button
      type="button"
      className={classes.filter(Boolean).join(" ")}
      style={{ left: `${placement.x0 * 100}%`, width: `${(placement.x1 - placement.x0) * 100}%` }}
      data-testid={`session-${session.id}`}
      data-kind={session.kind}
      data-now={isNow}
      aria-pressed={selected}
      aria-label={[t("timeline.sessionLabel", { title, kind, room: roomName, time }), ...extras].join(", ")}
      title={[`${title}\n${kind}`, roomName, time, ...extras].join(" · ")}
      onClick={() => select({ type: "session", id: session.id }, floorId)}
    >
      <span className="session-glyph" aria-hidden="true">
        {placement.cutStart ? "◂" : ""}
        {KIND_GLYPH[session.kind]}
      </span>
      <span className="session-text">
        <span className="session-title">{title}</span>
        <span className="session-time tabular">
          {time}
          {placement.cutEnd ? " ▸" : ""}
        </span>
      </span>
      {/* Absolutely placed, so the block's text never reflows when a delay appears or goes. */}
      {delay && (
        <span className="session-delay" data-testid={`session-delay-${session.id}`}>
          {delay}
        </span>
      )}
      {readiness && (
        <ReadinessMark
          status={readiness}
          variant="glyph"
          className="timeline-readiness"
          testId={`timeline-readiness-${session.id}`}
        />
      )}
    </button>
  );
}
