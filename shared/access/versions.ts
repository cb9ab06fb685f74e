import type { Command } from "../commands/commands";
import type { JournalEvent } from "../journal/journalEvents";
import type { LiveState, Version } from "../live/liveState";

/**
 * Shared things that two consoles may edit at once, named by a key. A change records the version of what
 * it touched; an edit sent with the sequence number its author last saw is refused when somebody else
 * changed the same thing since, instead of silently overwriting it.
 */
export function changedKeys(event: JournalEvent): string[] {
  switch (event.type) {
    case "room.issueChanged":
      return [`room:${event.roomId}:issue`];
    case "cue.saved":
      return [`cue:${event.sessionId}:${event.cue.id}`];
    case "cue.removed":
      return [`cue:${event.sessionId}:${event.cueId}`];
    case "session.shortened":
      return [`session:${event.sessionId}:shorten`];
    case "booth.assigned":
      return [`assignment:${event.sessionId}|${event.boothId}`];
    case "speaker.checkSet":
      return [`check:${event.sessionId}|${event.speakerId}|${event.item}`];
    case "session.edited":
      return [`session:${event.sessionId}:programme`];
    default:
      return [];
  }
}

/** What a command edits, when it edits one of those shared things. */
export function editedKey(state: LiveState, command: Command): { key: string; what: string } | null {
  switch (command.type) {
    case "room.setIssue":
      return { key: `room:${command.roomId}:issue`, what: `the issue of room "${command.roomId}"` };
    case "cue.save":
      return { key: `cue:${command.sessionId}:${command.cue.id}`, what: `cue ${command.cue.number}` };
    case "cue.remove":
      return { key: `cue:${command.sessionId}:${command.cueId}`, what: `cue "${command.cueId}"` };
    case "session.shorten":
      return { key: `session:${command.sessionId}:shorten`, what: `the length of "${command.sessionId}"` };
    case "booth.assign":
      return {
        key: `assignment:${command.sessionId}|${command.boothId}`,
        what: `the team of booth "${command.boothId}"`,
      };
    case "booth.setRelay": {
      const sessionId = state.booths[command.boothId]?.sessionId;
      return sessionId
        ? {
            key: `assignment:${sessionId}|${command.boothId}`,
            what: `the source of booth "${command.boothId}"`,
          }
        : null;
    }
    case "session.edit":
      return {
        key: `session:${command.sessionId}:programme`,
        what: `the time, room or speakers of "${command.sessionId}"`,
      };
    case "speaker.setCheck":
      return {
        key: `check:${command.sessionId}|${command.speakerId}|${command.item}`,
        what: `"${command.item}" of ${command.speakerId}`,
      };
    default:
      return null;
  }
}

/** Records the version of everything an event changed. */
export function recordVersions(state: LiveState, event: JournalEvent): LiveState {
  const keys = changedKeys(event);
  if (keys.length === 0) return state;
  const version: Version = { seq: event.seq, at: event.at, by: event.actor };
  const versions = { ...state.versions };
  for (const key of keys) versions[key] = version;
  return { ...state, versions };
}

/**
 * A conflict when what the command edits changed after `baseSeq` (the state its author saw) through
 * someone else: another operator or another workstation. One's own later edit is not a conflict.
 */
export function staleEdit(
  state: LiveState,
  command: Command,
  baseSeq: number,
  author: { operator: string; workstation: string },
): string | null {
  const edited = editedKey(state, command);
  const version = edited ? state.versions[edited.key] : undefined;
  if (!edited || !version || version.seq <= baseSeq) return null;
  if (version.by.operator === author.operator && version.by.workstation === author.workstation) return null;
  return `${edited.what} was changed by ${version.by.operator} (${version.by.role}, ${version.by.workstation}) after you opened it; look at the new value and send yours again if it still stands`;
}
