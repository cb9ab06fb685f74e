import { useTranslation } from "react-i18next";
import type { EventFile } from "../../../shared/model/eventFile";
import { VERSIONED_ITEMS } from "../../../shared/model/readiness";
import type { ItemReadiness } from "../../../shared/readiness/readiness";
import { formatTime } from "../format/venueTime";
import { useHub } from "../state/hubStore";
import { ITEM_GLYPH } from "./readinessSymbols";
import { setCheck } from "./speakerActions";
import { actorName } from "./speakerNames";
import { useSpeakers } from "./speakersStore";

interface ChecklistItemProps {
  event: EventFile;
  sessionId: string;
  speakerId: string;
  entry: ItemReadiness;
  /** False once the session is under way: nothing is "late" any more, it is the stage manager's call. */
  watched: boolean;
  /** Why this operator may not tick it; null when they may. */
  blocked: string | null;
  /** The version last received, for slides loaded before a newer deck arrived. */
  newestVersion: string | null;
}

type ItemState = "done" | "superseded" | "late" | "open";

function stateOf(entry: ItemReadiness, watched: boolean): ItemState {
  if (entry.done) return "done";
  if (entry.superseded) return "superseded";
  return watched && entry.late ? "late" : "open";
}

/** Items that say which version came in ask for it first; the rest tick and untick at a press. */
const ASKS_VERSION = new Set(["slides-received", "video-received"]);

/**
 * One item of a speaker's checklist as a large toggle: what it is, who ticked it and when (venue time),
 * its version, and its deadline. Three lines always, so a tick never changes the tile's size.
 */
export function ChecklistItem({
  event,
  sessionId,
  speakerId,
  entry,
  watched,
  blocked,
  newestVersion,
}: ChecklistItemProps) {
  const { t } = useTranslation();
  const askVersion = useSpeakers((s) => s.askVersion);
  // Like the Room view's controls: nothing to press while the hub cannot hear it.
  const connected = useHub((s) => s.link === "connected");
  const zone = event.event.timeZone;
  const state = stateOf(entry, watched);
  const check = entry.check;
  const label = t(`speakers.item.${entry.item}`);
  const version = VERSIONED_ITEMS.has(entry.item) && check?.version ? check.version : null;
  const due = t("speakers.due", { time: formatTime(entry.dueMs, zone) });
  const stamp =
    check?.done === true
      ? t("speakers.stamp", { time: formatTime(Date.parse(check.at), zone), by: actorName(check.by, event) })
      : null;
  const status =
    state === "superseded"
      ? t("speakers.newVersion", { version: newestVersion ?? "—" })
      : state === "late"
        ? t("speakers.late")
        : state === "done"
          ? null
          : t("speakers.toDo");

  const press = () => {
    if (ASKS_VERSION.has(entry.item)) askVersion({ sessionId, speakerId, item: entry.item });
    // Ticking loaded slides without a version loads the deck last received (the hub fills it in).
    else void setCheck(sessionId, speakerId, entry.item, !entry.done);
  };

  return (
    <button
      type="button"
      className={`spk-item item-${state}`}
      data-testid={`spk-item-${sessionId}-${speakerId}-${entry.item}`}
      data-done={entry.done}
      data-late={state === "late"}
      data-superseded={entry.superseded}
      aria-pressed={entry.done}
      disabled={!connected || blocked !== null}
      // The whole story of the item, for when the tile has to cut a long name short; or why it is disabled.
      title={blocked ?? [label, version, status ?? stamp, due].filter(Boolean).join(" · ")}
      aria-description={blocked ?? undefined}
      onClick={press}
    >
      <span className="spk-item-head">
        <span className="spk-item-glyph" aria-hidden="true">
          {ITEM_GLYPH[state]}
        </span>
        <span className="spk-item-label">{label}</span>
      </span>
      <span className="spk-item-line spk-item-state">
        {version && state !== "superseded" && <span className="spk-version">{version}</span>}
        {status && <span className="spk-item-status">{status}</span>}
        {stamp && state === "done" && <span className="spk-stamp">{stamp}</span>}
      </span>
      <span className="spk-item-line spk-item-due tabular">
        {state === "superseded" && version ? `${t("speakers.loadedVersion", { version })} · ${due}` : due}
      </span>
    </button>
  );
}
