import { DateTime } from "luxon";
import type { JournalChange } from "../journal/journalEvents";
import { venueNowMs } from "../live/clock";
import type { LiveState } from "../live/liveState";
import { readinessKey } from "../live/liveState";
import { assertNever } from "../live/vocabulary";
import { READINESS_ITEMS, VERSIONED_ITEMS } from "../model/readiness";
import type { Command } from "./commands";
import { accept, type Decision, refuse } from "./decision";

type SpeakerCommand = Extract<Command, { type: `speaker.${string}` }>;

const FINISHED = new Set(["ended", "cancelled"]);

function setCheck(
  state: LiveState,
  command: Extract<SpeakerCommand, { type: "speaker.setCheck" }>,
  venueTime: string,
): Decision {
  const session = state.event?.sessions.find((s) => s.id === command.sessionId);
  if (!session) {
    return refuse({
      code: "not_found",
      field: "sessionId",
      message: `unknown session "${command.sessionId}"`,
    });
  }
  const entry = session.speakers.find((s) => s.personId === command.speakerId);
  if (!entry) {
    return refuse({
      code: "not_found",
      field: "speakerId",
      message: `"${command.speakerId}" does not speak in session "${session.id}"`,
    });
  }
  const items: readonly string[] = READINESS_ITEMS[entry.mode];
  if (!items.includes(command.item)) {
    return refuse({
      code: "refused",
      field: "item",
      message: `"${command.item}" is not an item for a ${entry.mode} speaker; use one of ${items.join(", ")}`,
    });
  }
  if (command.version !== undefined && !VERSIONED_ITEMS.has(command.item)) {
    return refuse({ code: "invalid", field: "version", message: `"${command.item}" has no version` });
  }
  const checks = state.readiness[readinessKey(session.id, entry.personId)] ?? {};
  // Loading without naming a version loads the deck last received.
  const version =
    command.version ??
    (command.item === "slides-loaded" && command.done ? (checks["slides-received"]?.version ?? null) : null);
  const current = checks[command.item];
  if (current && current.done === command.done && current.version === version) return accept();
  return accept({
    type: "speaker.checkSet",
    sessionId: session.id,
    speakerId: entry.personId,
    item: command.item,
    done: command.done,
    version,
    venueTime,
  });
}

/** Arrival ticks "checked in" on the speaker's in-person sessions of the venue day that are still to come. */
function checkIn(
  state: LiveState,
  command: Extract<SpeakerCommand, { type: "speaker.checkIn" }>,
  nowMs: number,
): Decision {
  const event = state.event;
  const speaker = event?.people.speakers.find((s) => s.id === command.speakerId);
  if (!event || !speaker) {
    return refuse({
      code: "not_found",
      field: "speakerId",
      message: `unknown speaker "${command.speakerId}"`,
    });
  }
  const today = DateTime.fromMillis(nowMs, { zone: event.event.timeZone }).toISODate();
  const sessions = event.sessions.filter((session) => {
    const entry = session.speakers.find((s) => s.personId === speaker.id);
    if (entry?.mode !== "in-person" || FINISHED.has(state.sessions[session.id]?.status ?? "")) return false;
    if (command.sessionId !== undefined) return session.id === command.sessionId;
    return DateTime.fromISO(session.start, { zone: event.event.timeZone }).toISODate() === today;
  });
  if (sessions.length === 0) {
    return refuse({
      code: "refused",
      field: command.sessionId === undefined ? "speakerId" : "sessionId",
      message:
        command.sessionId === undefined
          ? `${speaker.name} has no in-person session still to come today`
          : `${speaker.name} does not speak in person in session "${command.sessionId}", or it is over`,
    });
  }
  const venueTime = new Date(nowMs).toISOString();
  const changes: JournalChange[] = sessions
    .filter((s) => state.readiness[readinessKey(s.id, speaker.id)]?.["checked-in"]?.done !== true)
    .map((s) => ({
      type: "speaker.checkSet",
      sessionId: s.id,
      speakerId: speaker.id,
      item: "checked-in",
      done: true,
      version: null,
      venueTime,
    }));
  return accept(...changes);
}

/** Speaker readiness: checklist ticks and arrivals, from the console, the API or a check-in kiosk. */
export function decideSpeaker(state: LiveState, command: SpeakerCommand, wallMs: number): Decision {
  const nowMs = venueNowMs(state.clock, wallMs);
  switch (command.type) {
    case "speaker.setCheck":
      return setCheck(state, command, new Date(nowMs).toISOString());
    case "speaker.checkIn":
      return checkIn(state, command, nowMs);
    default:
      return assertNever(command);
  }
}
