import { describe, expect, it } from "vitest";
import { miniEvent } from "../../tests/fixtures/miniEvent";
import { HUB_ACTOR, type JournalChange } from "../journal/journalEvents";
import { applyJournalEvent } from "../journal/reducer";
import { rehearsalClock } from "../live/clock";
import { emptyLiveState, type LiveState } from "../live/liveState";
import { EventFile } from "../model/eventFile";
import type { Command } from "./commands";
import { decide } from "./decide";

const NINE = Date.parse("2021-11-08T09:00:00+08:00");
let seq = 0;
const apply = (state: LiveState, change: JournalChange) =>
  applyJournalEvent(state, {
    ...change,
    seq: ++seq,
    at: "2026-01-01T00:00:00.000Z",
    actor: { ...HUB_ACTOR, operator: "Zhao Lei" },
  });

/** The mini event with a rehearsal clock paused at `venueMs` and a run of show for the opening. */
function stateAt(venueMs: number): LiveState {
  const event = EventFile.parse(miniEvent());
  const opening = event.sessions[0];
  if (opening) {
    opening.cues = [
      { id: "c1", number: "1", department: "LX", type: "GO", action: "House to half" },
      { id: "c2", number: "2", department: "VID", type: "GO", action: "Roll opening video" },
    ];
  }
  let state = apply(emptyLiveState(), { type: "event.loaded", event, source: "test" });
  state = apply(state, { type: "clock.set", clock: rehearsalClock(venueMs, 0, 1, true) });
  return state;
}

function run(state: LiveState, ...commands: Command[]): LiveState {
  return commands.reduce((s, command) => {
    const decision = decide(s, command, 0);
    if (!decision.ok) throw new Error(decision.error.message);
    return decision.changes.reduce(apply, s);
  }, state);
}

const refusal = (state: LiveState, command: Command) => {
  const decision = decide(state, command, 0);
  return decision.ok ? null : decision.error;
};

describe("session lifecycle", () => {
  it("stands by, starts, holds with a reason, resumes and ends, in venue time", () => {
    let state = run(
      stateAt(NINE + 2 * 60_000),
      { type: "session.standby", sessionId: "opening" },
      { type: "session.start", sessionId: "opening" },
    );
    state = run(state, {
      type: "session.hold",
      sessionId: "opening",
      reason: "keynote's video link dropped",
    });
    state = run(
      state,
      { type: "session.resume", sessionId: "opening" },
      { type: "session.end", sessionId: "opening" },
    );
    expect(state.sessions.opening).toMatchObject({
      status: "ended",
      actualStart: "2021-11-08T01:02:00.000Z",
      actualEnd: "2021-11-08T01:02:00.000Z",
      holds: [
        {
          reason: "keynote's video link dropped",
          start: "2021-11-08T01:02:00.000Z",
          end: "2021-11-08T01:02:00.000Z",
        },
      ],
    });
  });

  it("refuses moves the lifecycle does not allow, saying what is allowed", () => {
    const state = stateAt(NINE);
    expect(refusal(state, { type: "session.resume", sessionId: "opening" })?.message).toBe(
      'session "opening" is scheduled: it cannot resume; from scheduled it can go to standby, live, cancelled',
    );
    const ended = run(
      state,
      { type: "session.start", sessionId: "opening" },
      { type: "session.end", sessionId: "opening" },
    );
    expect(refusal(ended, { type: "session.start", sessionId: "opening" })?.message).toMatch(
      /is ended: it cannot start; .*nothing \(final\)/,
    );
    expect(refusal(state, { type: "session.end", sessionId: "opening" })?.code).toBe("refused");
    expect(refusal(state, { type: "session.start", sessionId: "nope" })).toMatchObject({
      code: "not_found",
      field: "sessionId",
    });
  });

  it("records the reason of a cancellation", () => {
    const state = run(stateAt(NINE), { type: "session.cancel", sessionId: "webinar", reason: "speaker ill" });
    expect(state.sessions.webinar).toMatchObject({ status: "cancelled", cancelReason: "speaker ill" });
  });

  it("refuses to shorten a session below five minutes", () => {
    expect(
      refusal(stateAt(NINE), { type: "session.shorten", sessionId: "webinar", minutes: 56 }),
    ).toMatchObject({ field: "minutes" });
  });
});

describe("cues", () => {
  it("stands by and calls the cues in run-of-show order, then says when all are called", () => {
    let state = run(stateAt(NINE), { type: "cue.standby", sessionId: "opening" });
    expect(state.sessions.opening?.standbyCueId).toBe("c1");
    state = run(state, { type: "cue.go", sessionId: "opening" }, { type: "cue.go", sessionId: "opening" });
    expect(state.sessions.opening?.called.map((c) => [c.cueId, c.by])).toEqual([
      ["c1", "Zhao Lei"],
      ["c2", "Zhao Lei"],
    ]);
    expect(refusal(state, { type: "cue.go", sessionId: "opening" })?.message).toMatch(
      /every cue .* has been called/,
    );
  });

  it("adds, moves and removes cues", () => {
    let state = run(stateAt(NINE), {
      type: "cue.save",
      sessionId: "opening",
      index: 1,
      cue: { id: "c1a", number: "1.5", department: "SND", type: "STBY", action: "Lectern mic up" },
    });
    expect(state.sessions.opening?.cues.map((c) => c.id)).toEqual(["c1", "c1a", "c2"]);
    state = run(state, { type: "cue.remove", sessionId: "opening", cueId: "c1" });
    expect(state.sessions.opening?.cues.map((c) => c.id)).toEqual(["c1a", "c2"]);
    expect(refusal(state, { type: "cue.remove", sessionId: "opening", cueId: "c1" })?.code).toBe("not_found");
  });
});

describe("stage messages", () => {
  it("go to the room's stage timers as a device command, and are refused where there is none", () => {
    const state = stateAt(NINE);
    expect(refusal(state, { type: "stage.message", roomId: "hall", text: "Wrap up" })?.message).toBe(
      'room "hall" has no stage timer',
    );
  });
});
