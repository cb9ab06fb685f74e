import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type AssignmentLive, assignmentKey } from "../../../../shared/live/liveState";
import type { EventFile } from "../../../../shared/model/eventFile";
import { FLOOR_SOURCE } from "../../../../shared/model/interpretation";
import type { Booth } from "../../../../shared/model/programme";
import { interpretersForLanguage, relaySources } from "../../../../shared/views/boothRoster";
import { sendCommand } from "../../net/hubConnection";
import { ConflictNotice } from "../../signin/ConflictNotice";
import { usePermission } from "../../signin/usePermission";
import { hubStore, useHub } from "../../state/hubStore";
import type { Names } from "../names";

/** The hub takes at most four interpreters per booth. */
const MAX_TEAM = 4;

const same = (a: AssignmentLive, b: AssignmentLive) =>
  a.relaySource === b.relaySource &&
  a.interpreterIds.length === b.interpreterIds.length &&
  a.interpreterIds.every((id, i) => b.interpreterIds[i] === id);

const move = (list: string[], from: number, to: number) => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
};

/**
 * One booth's team for one session, in turn order, and its source. Edits stay a draft on this screen
 * until saved with booth.assign, so a slip of the mouse never moves a live microphone; a refusal is
 * shown as the hub worded it.
 */
export function TeamEditor({
  event,
  sessionId,
  booth,
  names,
}: {
  event: EventFile;
  sessionId: string;
  booth: Booth;
  names: Names;
}) {
  const { t } = useTranslation();
  const connected = useHub((s) => s.link === "connected");
  const saved = useHub((s) => s.live?.assignments[assignmentKey(sessionId, booth.id)]) ?? {
    interpreterIds: [],
    relaySource: FLOOR_SOURCE,
  };
  const [draft, setDraft] = useState<AssignmentLive | null>(null);
  const [adding, setAdding] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The state the draft began from: a colleague's save in between is refused, not overwritten.
  const [baseSeq, setBaseSeq] = useState<number | undefined>(undefined);
  const [conflict, setConflict] = useState<string | null>(null);
  const permission = usePermission({
    type: "booth.assign",
    sessionId,
    boothId: booth.id,
    interpreterIds: [],
  });
  const reason = permission.allowed ? undefined : permission.reason;
  const shown = draft ?? saved;
  const dirty = draft !== null && !same(draft, saved);
  const team = shown.interpreterIds;
  const eligible = interpretersForLanguage(event.people, booth.language).filter((p) => !team.includes(p.id));
  const toAdd = eligible.some((p) => p.id === adding) ? adding : (eligible[0]?.id ?? "");
  const edit = (change: Partial<AssignmentLive>) => {
    setError(null);
    if (draft === null) setBaseSeq(hubStore.getState().live?.seq);
    setDraft({ ...shown, ...change });
  };
  const reload = () => {
    setDraft(null);
    setBaseSeq(undefined);
    setConflict(null);
  };
  const key = `${sessionId}-${booth.id}`;

  const save = async () => {
    setBusy(true);
    setError(null);
    setConflict(null);
    const outcome = await sendCommand(
      {
        type: "booth.assign",
        sessionId,
        boothId: booth.id,
        interpreterIds: shown.interpreterIds,
        relaySource: shown.relaySource,
      },
      { baseSeq },
    );
    setBusy(false);
    if (outcome.ok) {
      setDraft(null);
      setBaseSeq(undefined);
    } else if (outcome.error.code === "conflict") setConflict(outcome.error.message);
    else setError(outcome.error.message);
  };

  return (
    <article
      className={dirty ? "team-editor is-dirty" : "team-editor"}
      data-testid={`interp-editor-${key}`}
      data-dirty={dirty}
    >
      <header className="team-editor-head">
        <h4>
          {t("interp.card.boothTitle", {
            language: names.language(booth.language),
            channel: booth.outputChannel,
          })}
        </h4>
        <span className="tabular muted">{t("interp.roster.teamCount", { count: team.length })}</span>
      </header>
      {team.length === 0 ? (
        <p className="team-empty">✖ {t("interp.card.noTeam")}</p>
      ) : (
        <ol className="editor-team" data-testid={`interp-editor-team-${key}`}>
          {team.map((id, index) => (
            <li key={id} className="editor-member" data-testid={`interp-editor-member-${key}-${id}`}>
              <span className="editor-order tabular">{index + 1}.</span>
              <span className="editor-name">{names.interpreter(id)}</span>
              <span className="editor-buttons">
                <button
                  type="button"
                  className="button icon-button small-icon"
                  data-testid={`interp-editor-up-${key}-${id}`}
                  aria-label={t("interp.roster.moveUp", { name: names.interpreter(id) })}
                  title={t("interp.roster.moveUp", { name: names.interpreter(id) })}
                  disabled={index === 0}
                  onClick={() => edit({ interpreterIds: move(team, index, index - 1) })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button icon-button small-icon"
                  data-testid={`interp-editor-down-${key}-${id}`}
                  aria-label={t("interp.roster.moveDown", { name: names.interpreter(id) })}
                  title={t("interp.roster.moveDown", { name: names.interpreter(id) })}
                  disabled={index === team.length - 1}
                  onClick={() => edit({ interpreterIds: move(team, index, index + 1) })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button icon-button small-icon"
                  data-testid={`interp-editor-remove-${key}-${id}`}
                  aria-label={t("interp.roster.remove", { name: names.interpreter(id) })}
                  title={t("interp.roster.remove", { name: names.interpreter(id) })}
                  onClick={() => edit({ interpreterIds: team.filter((x) => x !== id) })}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="editor-row">
        <select
          className="input editor-select"
          data-testid={`interp-editor-add-select-${key}`}
          aria-label={t("interp.roster.addWho")}
          value={toAdd}
          disabled={eligible.length === 0 || team.length >= MAX_TEAM}
          onChange={(e) => setAdding(e.currentTarget.value)}
        >
          {eligible.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.languages.a.includes(booth.language) ? "A" : "B"}
              {p.remote ? ` · ${t("interp.card.remote")}` : ""})
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          data-testid={`interp-editor-add-${key}`}
          disabled={toAdd === "" || team.length >= MAX_TEAM}
          onClick={() => edit({ interpreterIds: [...team, toAdd] })}
        >
          + {t("interp.roster.add")}
        </button>
      </div>
      <label className="editor-row">
        <span className="muted">{t("interp.card.source")}</span>
        <select
          className="input editor-select"
          data-testid={`interp-editor-source-${key}`}
          value={shown.relaySource}
          onChange={(e) => edit({ relaySource: e.currentTarget.value })}
        >
          {relaySources(event.booths, booth.id).map((source) => (
            <option key={source} value={source}>
              {names.source(source)}
            </option>
          ))}
        </select>
      </label>
      <div className="editor-row editor-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid={`interp-editor-save-${key}`}
          disabled={!dirty || busy || !connected || !permission.allowed}
          title={reason}
          aria-description={reason}
          onClick={() => void save()}
        >
          {t("interp.roster.save")}
        </button>
        <button
          type="button"
          className="button"
          data-testid={`interp-editor-undo-${key}`}
          disabled={!dirty || busy}
          onClick={() => {
            setDraft(null);
            setError(null);
          }}
        >
          {t("interp.roster.undo")}
        </button>
      </div>
      {conflict && (
        <ConflictNotice message={conflict} onReload={reload} testId={`interp-editor-conflict-${key}`} />
      )}
      <p className="form-error editor-error" role="alert" data-testid={`interp-editor-error-${key}`}>
        {error ?? (reason && dirty ? `⊘ ${reason}` : "")}
      </p>
    </article>
  );
}
