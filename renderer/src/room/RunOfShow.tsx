import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Cue } from "../../../shared/model/cues";
import { formatClock } from "../format/venueTime";
import type { EventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";
import { CueEditor } from "./CueEditor";
import { goCue, runCommand, standbyNextCue } from "./roomActions";

/** The session's cues, the one on standby marked, called ones with their time; STANDBY and GO. */
export function RunOfShow({ views, sessionId }: { views: EventViews; sessionId: string }) {
  const { t } = useTranslation();
  const live = useHub((s) => s.live?.sessions[sessionId]);
  const connected = useHub((s) => s.link === "connected");
  const [editing, setEditing] = useState<Cue | null>(null);
  const cues = live?.cues ?? [];
  const called = new Map((live?.called ?? []).map((c) => [c.cueId, c]));

  return (
    <div className="run-of-show" data-testid="run-of-show">
      <div className="cue-header">
        <h3>{t("room.cues.heading")}</h3>
        <button
          type="button"
          className="button cue-big cue-standby-button"
          data-testid="cue-standby"
          disabled={!connected || cues.length === 0}
          onClick={() => void standbyNextCue(sessionId)}
        >
          {t("room.cues.standby")} <kbd>B</kbd>
        </button>
        <button
          type="button"
          className="button cue-big cue-go-button"
          data-testid="cue-go"
          disabled={!connected || cues.length === 0}
          onClick={() => void goCue(sessionId)}
        >
          {t("room.cues.go")} <kbd>G</kbd>
        </button>
      </div>
      <div className="cue-scroll">
        <table className="data-table cue-table" data-testid="cue-table">
          <thead>
            <tr>
              <th>{t("room.cues.number")}</th>
              <th>{t("room.cues.department")}</th>
              <th>{t("room.cues.type")}</th>
              <th>{t("room.cues.action")}</th>
              <th>{t("room.cues.notes")}</th>
              <th>{t("room.cues.offset")}</th>
              <th>{t("room.cues.called")}</th>
              <th>
                <span className="sr-only">{t("room.cues.edit")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {cues.length === 0 && (
              <tr>
                <td colSpan={8} className="muted">
                  {t("room.cues.none")}
                </td>
              </tr>
            )}
            {cues.map((cue) => {
              const call = called.get(cue.id);
              const standby = live?.standbyCueId === cue.id;
              return (
                <tr
                  key={cue.id}
                  className={standby ? "cue-row is-standby" : call ? "cue-row is-called" : "cue-row"}
                  data-testid={`cue-${cue.number}`}
                  data-standby={standby}
                  data-called={call !== undefined}
                >
                  <td className="tabular cue-number">
                    {standby && <span className="cue-flag">{t("room.cues.onStandby")}</span>}
                    {cue.number}
                  </td>
                  <td>{cue.department}</td>
                  <td>{cue.type}</td>
                  <td>{cue.action}</td>
                  <td className="muted">{cue.notes ?? ""}</td>
                  <td className="tabular">{cue.offsetMin === undefined ? "" : `+${cue.offsetMin}′`}</td>
                  <td className="tabular" data-testid={`cue-called-${cue.number}`}>
                    {call ? (
                      <>
                        ✓ {formatClock(Date.parse(call.at), views.zone)}
                        <span className="muted block">{call.by}</span>
                      </>
                    ) : (
                      ""
                    )}
                  </td>
                  <td className="cue-row-actions">
                    <button
                      type="button"
                      className="button"
                      data-testid={`cue-edit-${cue.number}`}
                      onClick={() => setEditing(cue)}
                    >
                      {t("room.cues.edit")}
                    </button>
                    <button
                      type="button"
                      className="button button-danger"
                      data-testid={`cue-remove-${cue.number}`}
                      aria-label={t("room.cues.removeLabel", { number: cue.number })}
                      onClick={() => void runCommand({ type: "cue.remove", sessionId, cueId: cue.id })}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <CueEditor
        key={editing?.id ?? "new"}
        sessionId={sessionId}
        cues={cues}
        editing={editing}
        onDone={() => setEditing(null)}
      />
    </div>
  );
}
