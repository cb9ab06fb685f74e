import { readFileSync } from "node:fs";
import { type BoothSignal, NO_SIGNAL } from "../../shared/alerts/boothSignals";
import { interpretationAlerts } from "../../shared/alerts/interpretationRules";
import { speakerAlerts } from "../../shared/alerts/speakerRules";
import { decide } from "../../shared/commands/decide";
import { HUB_ACTOR, type JournalChange } from "../../shared/journal/journalEvents";
import { applyJournalEvent } from "../../shared/journal/reducer";
import { rehearsalClock } from "../../shared/live/clock";
import { emptyLiveState, type LiveState } from "../../shared/live/liveState";
import { EventFile } from "../../shared/model/eventFile";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * One pass of the hub's alert monitor over the bundled event on day 4 with the plenary and studio A live
 * (every rule, every booth, every speaker of the day), as it runs every second: median time per pass.
 */
export function alertPassMicros(passes: number): number {
  const event = EventFile.parse(JSON.parse(readFileSync("events/gmf-2021.json", "utf8")));
  const now = Date.parse("2021-11-11T10:10:00+08:00");
  let seq = 0;
  const apply = (s: LiveState, change: JournalChange) =>
    applyJournalEvent(s, { ...change, seq: ++seq, at: new Date(0).toISOString(), actor: HUB_ACTOR });
  let state = apply(emptyLiveState(), { type: "event.loaded", event, source: "bench" });
  state = apply(state, { type: "clock.set", clock: rehearsalClock(now, 0, 1, true) });
  for (const sessionId of ["d4-metropolis-opening", "d4-new-infrastructure"]) {
    const decision = decide(state, { type: "session.start", sessionId }, 0);
    if (decision.ok) state = decision.changes.reduce(apply, state);
  }
  const signals: Record<string, BoothSignal> = Object.fromEntries(
    event.booths.map((b) => [
      b.id,
      {
        ...NO_SIGNAL,
        deviceStatus: "ok",
        connected: true,
        micLive: true,
        channel: b.outputChannel,
        inputLevelDb: -20,
      },
    ]),
  );
  const times: number[] = [];
  for (let i = 0; i < passes; i++) {
    const started = performance.now();
    interpretationAlerts({ state, nowMs: now, signals });
    speakerAlerts(state, now);
    times.push((performance.now() - started) * 1000);
  }
  return median(times);
}
