import { describe, expect, it } from "vitest";
import { interpretationEvent, MINUTE, OPENING_START } from "../../tests/fixtures/interpretationEvent";
import { decideFor } from "../access/guard";
import type { Command } from "../commands/commands";
import { Command as CommandSchema } from "../commands/commands";
import type { JournalChange, JournalEvent } from "../journal/journalEvents";
import { applyJournalEvent } from "../journal/reducer";
import { rehearsalClock } from "../live/clock";
import { type Actor, emptyLiveState, type LiveState } from "../live/liveState";
import { dayReport } from "./dayReport";

/** A small day on the rehearsal clock, journaled as the hub would: every change becomes an event. */
class Day {
  state: LiveState = emptyLiveState();
  readonly journal: JournalEvent[] = [];
  private wallMs = Date.parse("2026-11-28T01:00:00Z");

  record(changes: JournalChange[], actor: Actor): void {
    for (const change of changes) {
      const event = {
        ...change,
        seq: this.state.seq + 1,
        at: new Date(this.wallMs).toISOString(),
        actor,
      } as JournalEvent;
      this.journal.push(event);
      this.state = applyJournalEvent(this.state, event);
    }
  }

  /** Moves the paused rehearsal clock to a venue time (and the wall clock along, as if time passed). */
  at(venueMs: number): this {
    this.wallMs += 60_000;
    this.record([{ type: "clock.set", clock: rehearsalClock(venueMs, this.wallMs, 1, true) }], HUB);
    return this;
  }

  run(command: Command, actor: Actor, operator = DUTY): this {
    const decision = decideFor(this.state, command, this.wallMs, { actor, operator });
    if (!decision.ok) throw new Error(decision.error.message);
    this.record(decision.changes, actor);
    return this;
  }
}

const HUB: Actor = { operator: "hub", role: "system", workstation: "hub" };
const ZHAO: Actor = { operator: "Zhao Lei", role: "duty-officer", workstation: "duty-pc" };
const DUTY = { name: "Zhao Lei", role: "duty-officer" as const, rooms: [] };

describe("day report", () => {
  it("lists the day's sessions against plan, the log, alerts with their times, outages and overrides", () => {
    const day = new Day();
    day.record([{ type: "event.loaded", event: interpretationEvent(), source: "test" }], HUB);
    day.at(OPENING_START + 7 * MINUTE).run({ type: "session.start", sessionId: "opening" }, ZHAO);
    day
      .at(OPENING_START + 20 * MINUTE)
      .run({ type: "session.hold", sessionId: "opening", reason: "video link dropped" }, ZHAO);
    day.record(
      [
        {
          type: "device.disconnected",
          deviceId: "hall-zh-console",
          reason: "no heartbeat for 15 s",
          raiseAlert: true,
        },
      ],
      HUB,
    );
    day.at(OPENING_START + 25 * MINUTE).run({ type: "session.resume", sessionId: "opening" }, ZHAO);
    day.record([{ type: "device.connected", deviceId: "hall-zh-console", firmware: "2.1" }], HUB);
    day.record(
      [
        {
          type: "alert.raised",
          alert: {
            id: "interpretation.silent:hall-en",
            rule: "interpretation.silent",
            severity: "critical",
            subject: { type: "booth", id: "hall-en" },
            message: "silent",
            raisedAt: new Date(OPENING_START + 25 * MINUTE).toISOString(),
          },
        },
      ],
      HUB,
    );
    day
      .at(OPENING_START + 26 * MINUTE)
      .run({ type: "alert.acknowledge", alertId: "interpretation.silent:hall-en" }, ZHAO);
    day.run(
      CommandSchema.parse({
        type: "log.add",
        entryType: "decision",
        text: "Resume without the video link",
        reason: "the keynote can speak by phone",
        keyEvent: true,
      }),
      ZHAO,
    );
    day.at(OPENING_START + 28 * MINUTE).record(
      [
        {
          type: "alert.resolved",
          alertId: "interpretation.silent:hall-en",
          venueTime: new Date(OPENING_START + 28 * MINUTE).toISOString(),
        },
      ],
      HUB,
    );

    const report = dayReport(day.state, day.journal, "2021-11-08", OPENING_START + 30 * MINUTE);
    expect(report.sessions).toEqual([
      expect.objectContaining({
        id: "opening",
        status: "live",
        plannedStart: "2021-11-08T01:00:00.000Z",
        actualStart: "2021-11-08T01:07:00.000Z",
        delayMin: 7,
        holds: [
          {
            start: "2021-11-08T01:20:00.000Z",
            end: "2021-11-08T01:25:00.000Z",
            reason: "video link dropped",
          },
        ],
      }),
    ]);
    expect(report.log).toEqual([
      expect.objectContaining({
        entryType: "decision",
        reason: "the keynote can speak by phone",
        keyEvent: true,
      }),
    ]);
    const silent = report.alerts.find((a) => a.rule === "interpretation.silent");
    expect(silent).toMatchObject({
      secondsToAcknowledge: 60,
      secondsToResolve: 180,
      acknowledgedBy: { operator: "Zhao Lei" },
    });
    const offline = report.alerts.find((a) => a.rule === "device.offline");
    expect(offline).toMatchObject({
      subject: { id: "hall-zh-console" },
      severity: "critical",
      secondsToResolve: 300,
    });
    expect(report.outages).toEqual([
      {
        deviceId: "hall-zh-console",
        from: "2021-11-08T01:20:00.000Z",
        to: "2021-11-08T01:25:00.000Z",
        reason: "no heartbeat for 15 s",
        minutes: 5,
      },
    ]);
    expect(report.overrides.map((o) => o.commandType)).toEqual([
      "session.start",
      "session.hold",
      "session.resume",
    ]);
    // The zh and en teams' first interpreters have been on the microphone since the start.
    expect(report.interpreters.find((r) => r.interpreterId === "li")?.micMinutes).toBe(23);
    expect(dayReport(day.state, day.journal, "2021-11-09", OPENING_START).sessions.map((s) => s.id)).toEqual([
      "webinar",
    ]);
  });
});
