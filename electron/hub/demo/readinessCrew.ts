import type { Command } from "../../../shared/commands/commands";
import { venueNowMs } from "../../../shared/live/clock";
import { type Actor, readinessKey } from "../../../shared/live/liveState";
import type { Session, SessionSpeaker } from "../../../shared/model/programme";
import type { ReadinessItem } from "../../../shared/model/readiness";
import type { HubCore } from "../core/hubCore";

const CREW: Actor = { operator: "rehearsal director", role: "simulator", workstation: "hub" };
const TICK_MS = 1_000;
const MINUTE = 60_000;

/** One step of a speaker's preparation: the item, how long before the slot the crew does it, the version. */
export interface CrewStep {
  item: ReadinessItem;
  minutesBefore: number;
  version?: string;
}

/** Stable per speaker and session, so the demo's gaps are the same on every run. */
function hash(text: string): number {
  let h = 7;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(h);
}

/**
 * What a crew does for a speaker before their slot in the demo, with the gaps a real day has: about one
 * remote speaker in six is tech-checked late, one in-person speaker in seven sends new slides after they
 * were loaded, and one speaker in nine never confirms the last item. Check-in is the kiosks' job.
 */
export function crewPlan(session: Session, speaker: SessionSpeaker): CrewStep[] {
  const h = hash(`${session.id}:${speaker.personId}`);
  const steps: CrewStep[] =
    speaker.mode === "in-person"
      ? [
          { item: "slides-received", minutesBefore: 120, version: "v1" },
          { item: "slides-loaded", minutesBefore: 90 },
          { item: "green-room", minutesBefore: 40 },
          { item: "mic-fitted", minutesBefore: 25 },
          { item: "mic-level", minutesBefore: 20 },
          ...(h % 7 === 0 ? [{ item: "slides-received" as const, minutesBefore: 22, version: "v2" }] : []),
        ]
      : speaker.mode === "remote"
        ? [
            { item: "backup-dial-in", minutesBefore: 60 },
            { item: "link-tested", minutesBefore: h % 6 === 0 ? 25 : 40 },
            { item: "camera-ok", minutesBefore: h % 6 === 0 ? 24 : 38 },
            { item: "audio-ok", minutesBefore: h % 6 === 0 ? 24 : 38 },
            { item: "standby", minutesBefore: 18 },
          ]
        : [
            { item: "video-received", minutesBefore: 180, version: "final" },
            { item: "video-checked", minutesBefore: 120 },
            { item: "video-cued", minutesBefore: 30 },
          ];
  return h % 9 === 0 ? steps.slice(0, -1) : steps;
}

/**
 * In demo mode, ticks speakers' readiness items as the rehearsal clock passes each step of the crew's plan,
 * with the same command a stage manager uses. Each step is done once: an operator's untick stands.
 */
export function startReadinessCrew(core: HubCore, log: (line: string) => void): () => void {
  const done = new Set<string>();
  const tick = () => {
    const { event, sessions, clock, readiness } = core.state;
    if (!event) return;
    const now = venueNowMs(clock, Date.now());
    for (const session of event.sessions) {
      const start = Date.parse(session.start);
      const status = sessions[session.id]?.status;
      if (
        status === "ended" ||
        status === "cancelled" ||
        now > Date.parse(session.end) ||
        start - now > 4 * 60 * MINUTE
      )
        continue;
      for (const speaker of session.speakers) {
        for (const step of crewPlan(session, speaker)) {
          const key = `${session.id}|${speaker.personId}|${step.item}|${step.version ?? ""}`;
          if (done.has(key) || now < start - step.minutesBefore * MINUTE) continue;
          done.add(key);
          // A restarted hub finds most steps already in the journal.
          const check = readiness[readinessKey(session.id, speaker.personId)]?.[step.item];
          if (check?.done && (step.version === undefined || check.version === step.version)) continue;
          const command: Command = {
            type: "speaker.setCheck",
            sessionId: session.id,
            speakerId: speaker.personId,
            item: step.item,
            done: true,
            ...(step.version ? { version: step.version } : {}),
          };
          const result = core.execute(command, CREW);
          if (!result.ok) log(`rehearsal director: ${result.error.message}`);
        }
      }
    }
  };
  tick();
  const timer = setInterval(tick, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
