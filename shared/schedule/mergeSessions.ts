import type { BoothAssignment } from "../model/interpretation";
import type { Session, SessionSpeaker } from "../model/programme";
import type { ImportedSession } from "./importedSchedule";
import type { MergeContext } from "./mergeContext";
import { mergeText } from "./mergeText";

/** The import's sessions replace the event's: matched by id, the fields the import lacks kept, the rest removed. */
export function mergeSessions(merge: MergeContext, sessions: readonly ImportedSession[]): void {
  const { event, notes } = merge;
  const before = new Map(event.sessions.map((s) => [s.id, s]));
  const defaultLanguage = event.languages[0]?.code ?? "en";
  const merged: Session[] = [];
  for (const imported of sessions) {
    const existing = before.get(imported.id);
    const title = mergeText(imported.title, existing?.title);
    if (title.borrowed)
      notes.note(`session-title-${title.borrowed}`, imported.origin, {
        severity: "info",
        kind: "missing-chinese",
        describe: (n, at) =>
          `${n} session title${n === 1 ? " has" : "s have"} no ${title.borrowed === "en" ? "English" : "Chinese"}${at}; the other language is used for both`,
        hint: "add title_zh / title_en in sessions.csv, or the title in the event file",
      });
    if (title.staleChinese)
      notes.note("stale-chinese", imported.origin, {
        severity: "warning",
        kind: "missing-chinese",
        describe: (n, at) =>
          `${n} English title${n === 1 ? "" : "s"} changed while the Chinese title${n === 1 ? "" : "s"} stayed as before${at}`,
        hint: "check the Chinese titles of these sessions still match",
      });
    const kind = imported.kind ?? existing?.kind ?? "in-person";
    if (imported.kind === undefined && imported.kindSource === undefined && !existing)
      notes.note("kind", imported.origin, {
        severity: "info",
        kind: "defaulted",
        describe: (n, at) => `${n} new session${n === 1 ? "" : "s"} without a kind${at}: set to "in-person"`,
        hint: "set kind (online, hybrid, in-person, exhibition) in sessions.csv or the event file",
      });
    const languages = sessionLanguages(imported, existing, defaultLanguage);
    if (imported.languages === undefined && !existing)
      notes.note("languages", imported.origin, {
        severity: "info",
        kind: "defaulted",
        describe: (n, at) =>
          `${n} new session${n === 1 ? "" : "s"} without a language${at}: set to "${defaultLanguage}"`,
        hint: "give the languages (ISO 639-1 codes such as en zh) in the input or the event file",
      });
    const speakers = sessionSpeakers(merge, imported, existing, kind);
    const session: Session = {
      id: imported.id,
      title: title.text,
      kind,
      roomId: merge.roomIds.get(imported.roomId) ?? imported.roomId,
      start: imported.start,
      end: imported.end,
      languages,
      ...(imported.topic === undefined
        ? existing?.topic !== undefined
          ? { topic: existing.topic }
          : {}
        : imported.topic === null
          ? {}
          : { topic: imported.topic }),
      speakers,
      cues: existing?.cues ?? [],
    };
    merge.track("sessions", session.id, existing, session);
    merged.push(session);
  }
  const kept = new Set(merged.map((s) => s.id));
  for (const session of event.sessions)
    if (!kept.has(session.id)) merge.removed.push({ collection: "sessions", id: session.id });
  // In the import's order: an export imported back leaves the file as it was.
  event.sessions = merged;
  event.assignments = keptAssignments(merge, sessions);
}

function sessionLanguages(
  imported: ImportedSession,
  existing: Session | undefined,
  fallback: string,
): string[] {
  if (imported.languages === undefined) return existing?.languages ?? [fallback];
  const [floor] = imported.languages;
  if (imported.floorLanguageOnly && existing && floor !== undefined)
    return [floor, ...existing.languages.filter((code) => code !== floor)];
  return imported.languages;
}

function sessionSpeakers(
  merge: MergeContext,
  imported: ImportedSession,
  existing: Session | undefined,
  kind: Session["kind"],
): SessionSpeaker[] {
  if (imported.speakers === undefined) return existing?.speakers ?? [];
  let defaulted = false;
  const speakers = imported.speakers.map((speaker): SessionSpeaker => {
    const personId = merge.speakerIds.get(speaker.personId) ?? speaker.personId;
    const known = existing?.speakers.find((s) => s.personId === personId);
    if ((speaker.role === undefined || speaker.mode === undefined) && !known) defaulted = true;
    return {
      personId,
      role: speaker.role ?? known?.role ?? "speaker",
      mode: speaker.mode ?? known?.mode ?? (kind === "online" ? "remote" : "in-person"),
    };
  });
  if (defaulted)
    merge.notes.note("speaker-role", imported.origin, {
      severity: "info",
      kind: "defaulted",
      describe: (n, at) =>
        `${n} session${n === 1 ? " has" : "s have"} speakers without role or mode${at}: role "speaker", ` +
        `mode "remote" in online sessions, "in-person" elsewhere`,
      hint: "give person:role:mode in sessions.csv, or set them in the event file",
    });
  return speakers;
}

/**
 * Booth assignments stay with their session; those of removed sessions go, and so do those of a session
 * that moved to another room (its booths are in the old room).
 */
function keptAssignments(merge: MergeContext, imported: readonly ImportedSession[]): BoothAssignment[] {
  const { event, notes } = merge;
  const sessions = new Map(event.sessions.map((s) => [s.id, s]));
  const booths = new Map(event.booths.map((b) => [b.id, b]));
  const origins = new Map(imported.map((s) => [s.id, s.origin]));
  return event.assignments.filter((assignment) => {
    const id = `${assignment.sessionId}/${assignment.boothId}`;
    const session = sessions.get(assignment.sessionId);
    if (!session) {
      merge.removed.push({ collection: "assignments", id });
      return false;
    }
    const booth = booths.get(assignment.boothId);
    if (booth && booth.roomId !== session.roomId) {
      merge.removed.push({ collection: "assignments", id });
      notes.log.warning(
        "dropped-assignment",
        origins.get(session.id) ?? { file: merge.eventLabel },
        `session "${session.id}" moved to room "${session.roomId}": its interpreters in booth "${booth.id}" (room "${booth.roomId}") are unassigned`,
        `assign interpreters to a booth of room "${session.roomId}" in the console or the event file`,
      );
      return false;
    }
    return true;
  });
}
