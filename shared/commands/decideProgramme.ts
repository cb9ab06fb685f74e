import type { LiveState, SessionEdit } from "../live/liveState";
import { assertNever, isSessionActive } from "../live/vocabulary";
import type { Session } from "../model/programme";
import { formatProblem } from "../validation/problems";
import { validateEventFile } from "../validation/validateEventFile";
import type { Command } from "./commands";
import { accept, type Decision, refuse } from "./decision";

type ProgrammeCommand = Extract<Command, { type: "event.import" | "session.edit" | "session.undoEdit" }>;

/** Sessions of the edited event where one speaker is in two places at once (in person, overlapping). */
export function speakerClashes(sessions: readonly Session[], sessionId: string): string[] {
  const edited = sessions.find((s) => s.id === sessionId);
  if (!edited) return [];
  const [start, end] = [Date.parse(edited.start), Date.parse(edited.end)];
  const clashes: string[] = [];
  for (const speaker of edited.speakers) {
    if (speaker.mode !== "in-person") continue;
    for (const other of sessions) {
      if (other.id === edited.id || Date.parse(other.start) >= end || Date.parse(other.end) <= start)
        continue;
      const there = other.speakers.find((s) => s.personId === speaker.personId && s.mode === "in-person");
      if (there)
        clashes.push(
          `${speaker.personId} is also on stage in "${other.id}" (${other.start} to ${other.end})`,
        );
    }
  }
  return clashes;
}

/** The event file's checks on the edited programme; the first errors, worded with their paths. */
function invalid(event: unknown, field: string): Decision | null {
  const result = validateEventFile(event);
  if (result.ok) return null;
  const errors = result.problems.filter((p) => p.severity === "error");
  return refuse({
    code: "refused",
    field,
    message: errors.slice(0, 5).map(formatProblem).join("; "),
  });
}

function importEvent(
  state: LiveState,
  command: Extract<ProgrammeCommand, { type: "event.import" }>,
): Decision {
  const result = validateEventFile(command.event);
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === "error");
    return refuse({
      code: "invalid",
      field: "event",
      message: errors.slice(0, 5).map(formatProblem).join("; "),
    });
  }
  const next = result.event;
  if (state.event && next.event.id !== state.event.event.id) {
    return refuse({
      code: "refused",
      field: "event",
      message: `this is event "${next.event.id}"; the hub runs "${state.event.event.id}": merge into this event, not another`,
    });
  }
  // A live session may move or change, but an import must not remove it from under the stage manager.
  const kept = new Set(next.sessions.map((s) => s.id));
  const removedLive = (state.event?.sessions ?? []).filter(
    (s) => !kept.has(s.id) && isSessionActive(state.sessions[s.id]?.status),
  );
  if (removedLive.length > 0) {
    return refuse({
      code: "refused",
      field: "event",
      message: `the import removes ${removedLive.map((s) => `"${s.id}"`).join(", ")}, which ${removedLive.length === 1 ? "is" : "are"} live: end ${removedLive.length === 1 ? "it" : "them"} first or keep ${removedLive.length === 1 ? "it" : "them"} in the schedule`,
    });
  }
  return accept({ type: "event.loaded", event: next, source: command.source });
}

function editSession(
  state: LiveState,
  command: Extract<ProgrammeCommand, { type: "session.edit" }>,
): Decision {
  const event = state.event;
  const before = event?.sessions.find((s) => s.id === command.sessionId);
  if (!event || !before) {
    return refuse({
      code: "not_found",
      field: "sessionId",
      message: `unknown session "${command.sessionId}"`,
    });
  }
  const { type: _type, sessionId: _id, ...patch } = command;
  const after: Session = { ...before, ...patch };
  if (JSON.stringify(after) === JSON.stringify(before)) return accept();
  if (
    isSessionActive(state.sessions[before.id]?.status) &&
    (patch.roomId !== undefined || patch.start !== undefined)
  ) {
    if (patch.roomId !== undefined && patch.roomId !== before.roomId) {
      return refuse({
        code: "refused",
        field: "roomId",
        message: `session "${before.id}" is live: it cannot change room now`,
      });
    }
  }
  const sessions = event.sessions.map((s) => (s.id === before.id ? after : s));
  const edited = { ...event, sessions };
  const bad = invalid(edited, Object.keys(patch)[0] ?? "sessionId");
  if (bad) return bad;
  const clashes = speakerClashes(sessions, before.id);
  if (clashes.length > 0) return refuse({ code: "refused", field: "speakers", message: clashes.join("; ") });
  return accept({ type: "session.edited", sessionId: before.id, before, after, undoes: null });
}

/** Undo puts back what an edit replaced, if nothing changed the session since. */
function undoEdit(
  state: LiveState,
  command: Extract<ProgrammeCommand, { type: "session.undoEdit" }>,
): Decision {
  const edit: SessionEdit | undefined = state.edits.find((e) => e.seq === command.editSeq);
  if (!edit)
    return refuse({
      code: "not_found",
      field: "editSeq",
      message: `no session edit at seq ${command.editSeq}`,
    });
  if (edit.undone) return accept();
  const current = state.event?.sessions.find((s) => s.id === edit.sessionId);
  if (!current)
    return refuse({ code: "refused", message: `session "${edit.sessionId}" is no longer in the programme` });
  if (JSON.stringify(current) !== JSON.stringify(edit.after)) {
    return refuse({
      code: "conflict",
      message: `session "${edit.sessionId}" changed again after that edit; undo the later edit first`,
    });
  }
  const sessions = (state.event?.sessions ?? []).map((s) => (s.id === edit.sessionId ? edit.before : s));
  const clashes = speakerClashes(sessions, edit.sessionId);
  const bad = invalid({ ...state.event, sessions }, "editSeq");
  if (bad) return bad;
  if (clashes.length > 0) return refuse({ code: "refused", field: "editSeq", message: clashes.join("; ") });
  return accept({
    type: "session.edited",
    sessionId: edit.sessionId,
    before: edit.after,
    after: edit.before,
    undoes: edit.seq,
  });
}

/** The programme: a reviewed import (merged by id in the console), live edits of a session, and undo. */
export function decideProgramme(state: LiveState, command: ProgrammeCommand): Decision {
  switch (command.type) {
    case "event.import":
      return importEvent(state, command);
    case "session.edit":
      return editSession(state, command);
    case "session.undoEdit":
      return undoEdit(state, command);
    default:
      return assertNever(command);
  }
}
