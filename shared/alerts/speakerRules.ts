import { DateTime } from "luxon";
import type { LiveState } from "../live/liveState";
import { sessionReadiness } from "../readiness/readiness";
import { expectedTimes } from "../views/expectedTimes";
import type { AlertCondition } from "./alertCondition";

export const SPEAKER_RULES = [
  "speaker.tech-check-due",
  "speaker.not-checked-in",
  "speaker.not-ready",
  "speaker.slides-changed",
] as const;

export const ownsSpeakerRule = (rule: string): boolean => (SPEAKER_RULES as readonly string[]).includes(rule);

/** Only sessions still to start are watched: once live, readiness is the stage manager's call on the spot. */
const WATCHED = new Set(["scheduled", "standby"]);

/**
 * The speaker readiness alerts, against each session's expected start (a delay moves its deadlines): a remote
 * speaker not tech-checked by the tech-check deadline, an in-person speaker not checked in by the check-in
 * deadline, any speaker not ready by the ready deadline, and slides changed after they were loaded.
 */
export function speakerAlerts(state: LiveState, nowMs: number): AlertCondition[] {
  const event = state.event;
  if (!event) return [];
  const times = expectedTimes(event, state.sessions, nowMs);
  const names = new Map(event.people.speakers.map((s) => [s.id, s.name]));
  const out: AlertCondition[] = [];
  const dayOf = (ms: number) => DateTime.fromMillis(ms, { zone: event.event.timeZone }).toISODate();
  const today = dayOf(nowMs);
  for (const session of event.sessions) {
    if (!WATCHED.has(state.sessions[session.id]?.status ?? "scheduled")) continue;
    // Today's sessions only, and not those whose whole slot has passed unstarted (a jump of the rehearsal
    // clock): they are not going to happen as planned, and a speaker alert would only be noise.
    if (dayOf(Date.parse(session.start)) !== today || Date.parse(session.end) <= nowMs) continue;
    const startMs = times[session.id]?.start ?? Date.parse(session.start);
    const readiness = sessionReadiness(state, session, startMs, nowMs);
    for (const speaker of readiness.speakers) {
      const name = names.get(speaker.personId) ?? speaker.personId;
      const params = { session: session.id, speaker: speaker.personId, name };
      const subject = { type: "speaker" as const, id: `${session.id}|${speaker.personId}` };
      const late = (item: string) => speaker.items.some((i) => i.item === item && i.late);
      const condition = (
        rule: (typeof SPEAKER_RULES)[number],
        severity: AlertCondition["severity"],
        message: string,
      ) =>
        out.push({
          id: `${rule}:${session.id}:${speaker.personId}`,
          rule,
          severity,
          subject,
          message,
          params,
        });

      if (speaker.mode === "remote" && late("link-tested"))
        condition(
          "speaker.tech-check-due",
          "warning",
          `${name} (remote) is not tech-checked for ${session.id}`,
        );
      if (speaker.mode === "in-person" && late("checked-in"))
        condition("speaker.not-checked-in", "warning", `${name} has not checked in for ${session.id}`);
      if (nowMs >= startMs - event.readiness.readyMinutes * 60_000 && speaker.status !== "ready")
        condition("speaker.not-ready", "critical", `${name} is not ready for ${session.id}`);
      if (speaker.items.some((i) => i.superseded))
        condition(
          "speaker.slides-changed",
          "warning",
          `${name}'s slides changed after they were loaded for ${session.id}`,
        );
    }
  }
  return out;
}
