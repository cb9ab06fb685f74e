import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Command } from "../../../shared/commands/commands";
import { isSessionActive } from "../../../shared/live/vocabulary";
import { type Session, SPEAKER_MODES, SPEAKER_ROLES } from "../../../shared/model/programme";
import { Modal } from "../components/Modal";
import { formatDayLabel, formatUtcOffset } from "../format/venueTime";
import { pickText, useLocale } from "../i18n/i18n";
import { sendCommand } from "../net/hubConnection";
import { ConflictNotice } from "../signin/ConflictNotice";
import { usePermission } from "../signin/usePermission";
import { speakerName } from "../speakers/speakerNames";
import { type EventViews, useEventViews } from "../state/eventViews";
import { hubStore, useHub } from "../state/hubStore";
import { useProgrammeUi } from "./programmeStore";
import { RecentEditsList } from "./RecentEditsList";
import {
  type DraftError,
  draftFromSession,
  editFromDraft,
  type SessionDraft,
  shiftDraft,
} from "./sessionEditDraft";

const liveSeq = () => hubStore.getState().live?.seq;
type Result = { ok: true; seq: number } | { ok: false; conflict: boolean; message: string };

/** Dates the pickers offer: the event's days, and the session's own dates if they lie outside them. */
function dateOptions(views: EventViews, draft: SessionDraft): string[] {
  return [...new Set([...views.days.map((d) => d.date), draft.startDate, draft.endDate])].sort();
}

function EditForm({ views, session }: { views: EventViews; session: Session }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const zone = views.zone;
  const status = useHub((s) => s.live?.sessions[session.id]?.status ?? "scheduled");
  const [draft, setDraft] = useState(() => draftFromSession(session, zone));
  // After a first save attempt the draft's problem is shown, and follows every change until it is fixed.
  const [tried, setTried] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [sending, setSending] = useState(false);
  const [baseSeq, setBaseSeq] = useState(liveSeq);
  const [adding, setAdding] = useState("");
  const ids = useId();
  // When the session changes under the form (an undo, a colleague's edit) and nothing was typed, follow it.
  const shownFrom = useRef(session);
  useEffect(() => {
    const previous = shownFrom.current;
    if (previous === session) return;
    shownFrom.current = session;
    setDraft((current) =>
      JSON.stringify(current) === JSON.stringify(draftFromSession(previous, zone)) ||
      JSON.stringify(current) === JSON.stringify(draftFromSession(session, zone))
        ? draftFromSession(session, zone)
        : current,
    );
  }, [session, zone]);

  const checked = editFromDraft(session, draft, {
    zone,
    roomIds: views.event.venue.rooms.map((r) => r.id),
    languageCodes: views.event.languages.map((l) => l.code),
  });
  const command: Command = {
    type: "session.edit",
    sessionId: session.id,
    ...(checked.ok ? checked.patch : {}),
  };
  const error: DraftError | null = tried && !checked.ok ? checked.error : null;
  const permission = usePermission(command);
  const reason = permission.allowed ? null : permission.reason;
  const active = isSessionActive(status);

  const set = (field: keyof SessionDraft) => (e: { currentTarget: { value: string } }) => {
    setDraft({ ...draft, [field]: e.currentTarget.value });
  };
  const invalid = (field: DraftError["field"]) => (error?.field === field ? true : undefined);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    setResult(null);
    setTried(true);
    if (!checked.ok) return;
    setSending(true);
    const outcome = await sendCommand(command, baseSeq === undefined ? {} : { baseSeq });
    setSending(false);
    if (outcome.ok) {
      setResult({ ok: true, seq: outcome.seq });
      setBaseSeq(liveSeq());
    } else
      setResult({ ok: false, conflict: outcome.error.code === "conflict", message: outcome.error.message });
  };

  const reload = () => {
    setDraft(draftFromSession(session, zone));
    setBaseSeq(liveSeq());
    setResult(null);
    setTried(false);
  };

  const nameOf = (id: string) => {
    const person = views.speakers.get(id);
    return person ? speakerName(person, locale) : id;
  };
  const setSpeaker = (index: number, change: Partial<Session["speakers"][number]>) => {
    setDraft({ ...draft, speakers: draft.speakers.map((s, i) => (i === index ? { ...s, ...change } : s)) });
  };
  const addable = views.event.people.speakers.filter((p) => !draft.speakers.some((s) => s.personId === p.id));
  const addSpeaker = () => {
    if (!adding) return;
    const mode = session.kind === "online" ? "remote" : "in-person";
    setDraft({ ...draft, speakers: [...draft.speakers, { personId: adding, role: "speaker", mode }] });
    setAdding("");
  };
  const days = dateOptions(views, draft);
  const offset = formatUtcOffset(Date.parse(session.start), zone);
  const errorText = error
    ? t(`programme.edit.errors.${error.code}`, { value: "value" in error ? error.value : "" })
    : "";

  return (
    <form className="programme-edit-form" noValidate onSubmit={(e) => void save(e)} data-testid="edit-form">
      <p className="muted">
        {t(`kinds.${session.kind}`)} · <code>{session.id}</code> · {t(`sessionStatus.${status}`)}
      </p>
      {active && (
        <p className="notice" data-testid="edit-live-note">
          ● {t("programme.edit.liveRoom", { status: t(`sessionStatus.${status}`) })}
        </p>
      )}

      <fieldset className="programme-step">
        <legend>{t("programme.edit.when")}</legend>
        <p className="muted">{t("programme.edit.zone", { zone, offset })}</p>
        <div className="programme-time-grid">
          {(["start", "end"] as const).map((which) => (
            <div key={which} className="programme-time-row">
              <label className="field">
                {t(`programme.edit.${which}Date`)}
                <select
                  className="input programme-date"
                  data-testid={`edit-${which}-date`}
                  aria-invalid={invalid(which)}
                  value={which === "start" ? draft.startDate : draft.endDate}
                  onChange={set(which === "start" ? "startDate" : "endDate")}
                >
                  {days.map((date) => {
                    const index = views.days.findIndex((d) => d.date === date);
                    const label = formatDayLabel(date, zone, locale);
                    return (
                      <option key={date} value={date}>
                        {index >= 0 ? `${t("timeline.day", { day: index + 1 })} · ${label}` : label}
                      </option>
                    );
                  })}
                </select>
              </label>
              <label className="field">
                {t(`programme.edit.${which}Time`)}
                <input
                  className="input programme-time tabular"
                  data-testid={`edit-${which}-time`}
                  inputMode="numeric"
                  placeholder="HH:MM"
                  aria-invalid={invalid(which)}
                  value={which === "start" ? draft.startTime : draft.endTime}
                  onChange={set(which === "start" ? "startTime" : "endTime")}
                />
              </label>
            </div>
          ))}
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button"
            data-testid="edit-earlier"
            aria-label={t("programme.edit.earlierLabel")}
            onClick={() => setDraft(shiftDraft(draft, -15, zone))}
          >
            ◂ {t("programme.edit.earlier")}
          </button>
          <button
            type="button"
            className="button"
            data-testid="edit-later"
            aria-label={t("programme.edit.laterLabel")}
            onClick={() => setDraft(shiftDraft(draft, 15, zone))}
          >
            {t("programme.edit.later")} ▸
          </button>
        </div>
      </fieldset>

      <fieldset className="programme-step programme-where">
        <legend>{t("programme.edit.roomAndLanguages")}</legend>
        <label className="field">
          {t("programme.edit.room")}
          <select
            className="input programme-room"
            data-testid="edit-room"
            aria-invalid={invalid("roomId")}
            // The hub keeps a live session in its room (the note above says why).
            disabled={active && draft.roomId === session.roomId}
            value={draft.roomId}
            onChange={set("roomId")}
          >
            {views.event.venue.rooms.map((room) => (
              <option key={room.id} value={room.id}>
                {pickText(room.name, locale)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t("programme.edit.languages")}
          <input
            className="input programme-languages"
            data-testid="edit-languages"
            aria-invalid={invalid("languages")}
            aria-describedby={`${ids}-languages`}
            value={draft.languages}
            onChange={set("languages")}
          />
        </label>
        <p className="muted programme-help" id={`${ids}-languages`}>
          {t("programme.edit.languagesHelp", { codes: views.event.languages.map((l) => l.code).join(" ") })}
        </p>
      </fieldset>

      <fieldset className="programme-step">
        <legend>{t("programme.edit.speakers")}</legend>
        {draft.speakers.length === 0 ? (
          <p className="muted">{t("programme.edit.noSpeakers")}</p>
        ) : (
          <table className="data-table programme-speakers" data-testid="edit-speakers">
            <thead>
              <tr>
                <th>{t("programme.edit.speaker")}</th>
                <th>{t("programme.edit.role")}</th>
                <th>{t("programme.edit.mode")}</th>
                <th>
                  <span className="sr-only">{t("programme.edit.remove")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.speakers.map((speaker, index) => (
                <tr key={speaker.personId} data-testid={`edit-speaker-${speaker.personId}`}>
                  <td>{nameOf(speaker.personId)}</td>
                  <td>
                    <select
                      className="input"
                      aria-label={`${t("programme.edit.role")}: ${nameOf(speaker.personId)}`}
                      data-testid={`edit-speaker-role-${speaker.personId}`}
                      value={speaker.role}
                      onChange={(e) =>
                        setSpeaker(index, { role: e.currentTarget.value as (typeof SPEAKER_ROLES)[number] })
                      }
                    >
                      {SPEAKER_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`speakerRoles.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      className="input"
                      aria-label={`${t("programme.edit.mode")}: ${nameOf(speaker.personId)}`}
                      data-testid={`edit-speaker-mode-${speaker.personId}`}
                      value={speaker.mode}
                      onChange={(e) =>
                        setSpeaker(index, { mode: e.currentTarget.value as (typeof SPEAKER_MODES)[number] })
                      }
                    >
                      {SPEAKER_MODES.map((mode) => (
                        <option key={mode} value={mode}>
                          {t(`speakerModes.${mode}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      data-testid={`edit-speaker-remove-${speaker.personId}`}
                      aria-label={t("programme.edit.removeLabel", { name: nameOf(speaker.personId) })}
                      onClick={() =>
                        setDraft({ ...draft, speakers: draft.speakers.filter((_, i) => i !== index) })
                      }
                    >
                      ✕ {t("programme.edit.remove")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="programme-add-speaker">
          <label className="field">
            {t("programme.edit.addSpeaker")}
            <select
              className="input programme-speaker-pick"
              data-testid="edit-speaker-add-pick"
              value={adding}
              onChange={(e) => setAdding(e.currentTarget.value)}
            >
              <option value="">—</option>
              {addable.map((person) => (
                <option key={person.id} value={person.id}>
                  {nameOf(person.id)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button"
            data-testid="edit-speaker-add"
            disabled={!adding}
            onClick={addSpeaker}
          >
            + {t("programme.edit.add")}
          </button>
        </div>
      </fieldset>

      <p className="form-error" role="alert" data-testid="edit-error">
        {errorText ? `✖ ${errorText}` : reason && checked.ok ? `⊘ ${reason}` : ""}
      </p>
      {result?.ok === false && result.conflict && (
        <ConflictNotice message={result.message} onReload={reload} testId="edit-conflict" />
      )}
      {result?.ok === false && !result.conflict && (
        <p className="programme-refusal" role="alert" data-testid="edit-refusal">
          ✖ {t("programme.edit.refused", { message: result.message })}
        </p>
      )}
      {result?.ok && (
        <p className="programme-ack" role="status" data-testid="edit-saved">
          ✓ {t("programme.edit.saved", { seq: result.seq })}
        </p>
      )}
      <div className="button-row programme-edit-actions">
        <button
          type="submit"
          className="button button-primary"
          data-testid="edit-save"
          disabled={reason !== null}
          aria-busy={sending}
          title={reason ?? undefined}
          aria-description={reason ?? undefined}
        >
          ✓ {t("programme.edit.save")}
        </button>
        <button type="button" className="button" onClick={reload} data-testid="edit-reset">
          ↻ {t("programme.edit.reset")}
        </button>
      </div>

      <section className="programme-recent">
        <h3>{t("programme.edit.editsTitle")}</h3>
        <RecentEditsList sessionId={session.id} zone={zone} />
      </section>
    </form>
  );
}

/** Edit session: time (venue-local), room, languages and speakers; the hub's refusal shows here. */
export function SessionEditDialog() {
  const { t } = useTranslation();
  const locale = useLocale();
  const sessionId = useProgrammeUi((s) => s.editSessionId);
  const editSession = useProgrammeUi((s) => s.editSession);
  const views = useEventViews();
  const session = sessionId ? views?.sessions.get(sessionId) : undefined;
  return (
    <Modal
      open={sessionId !== null}
      title={session ? t("programme.edit.title", { title: pickText(session.title, locale) }) : ""}
      onClose={() => editSession(null)}
      testId="edit-dialog"
      wide
    >
      {views && session ? (
        <EditForm key={session.id} views={views} session={session} />
      ) : (
        <p className="muted">{t("programme.edit.gone")}</p>
      )}
    </Modal>
  );
}
