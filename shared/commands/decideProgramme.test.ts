import { describe, expect, it } from "vitest";
import {
  clockAt,
  interpretationEvent,
  interpretationStateAt,
  MINUTE,
  OPENING_START,
  runCommands,
} from "../../tests/fixtures/interpretationEvent";
import { authorize } from "../access/permissions";
import type { LiveState } from "../live/liveState";
import type { Command } from "./commands";
import { decide } from "./decide";

const refusal = (state: LiveState, command: Command) => {
  const decision = decide(state, command, 0);
  return decision.ok ? null : decision.error;
};
const liveOpening = () =>
  runCommands(interpretationStateAt(OPENING_START), { type: "session.start", sessionId: "opening" });

describe("event.import", () => {
  it("loads a reviewed programme and keeps the live state of the sessions that stay", () => {
    const live = runCommands(liveOpening(), {
      type: "session.hold",
      sessionId: "opening",
      reason: "video link dropped",
    });
    const next = interpretationEvent();
    next.sessions[1] = {
      ...next.sessions[1],
      title: { en: "Webinar (moved)", "zh-CN": "网络研讨会（调整）" },
    } as (typeof next.sessions)[number];
    const state = runCommands(live, { type: "event.import", event: next, source: "schedule.json" });
    expect(state.event?.sessions[1]?.title.en).toBe("Webinar (moved)");
    expect(state.sessions.opening).toMatchObject({
      status: "hold",
      holds: [{ reason: "video link dropped" }],
    });
    expect(state.booths["hall-zh"]?.activeInterpreterId).toBe("li");
  });

  it("refuses to remove a live session, an invalid file with its paths, and another event", () => {
    const without = interpretationEvent();
    without.sessions = without.sessions.filter((s) => s.id !== "opening");
    without.assignments = [];
    expect(refusal(liveOpening(), { type: "event.import", event: without, source: "x" })?.message).toMatch(
      /removes "opening", which is live/,
    );
    const broken = interpretationEvent();
    (broken.sessions[0] as { roomId: string }).roomId = "attic";
    expect(refusal(liveOpening(), { type: "event.import", event: broken, source: "x" })).toMatchObject({
      code: "invalid",
      message: expect.stringMatching(/sessions\[0\]\.roomId: unknown room/),
    });
    const other = interpretationEvent();
    other.event.id = "another-forum";
    expect(refusal(liveOpening(), { type: "event.import", event: other, source: "x" })?.message).toMatch(
      /merge into this event/,
    );
  });
});

describe("session.edit and undo", () => {
  it("moves a session in time, journaled and undoable", () => {
    const start = "2021-11-09T15:00:00+08:00";
    let state = runCommands(interpretationStateAt(OPENING_START), {
      type: "session.edit",
      sessionId: "webinar",
      start,
      end: "2021-11-09T16:00:00+08:00",
    });
    expect(state.event?.sessions.find((s) => s.id === "webinar")?.start).toBe(start);
    const edit = state.edits.at(-1);
    expect(edit).toMatchObject({ sessionId: "webinar", undone: false, by: { operator: "Chen Jing" } });
    state = runCommands(state, { type: "session.undoEdit", editSeq: edit?.seq ?? 0 });
    expect(state.event?.sessions.find((s) => s.id === "webinar")?.start).toBe("2021-11-09T14:00:00+08:00");
    expect(state.edits.find((e) => e.seq === edit?.seq)?.undone).toBe(true);
  });

  it("refuses an edit that breaks the programme, saying where, and a live session's change of room", () => {
    expect(
      refusal(interpretationStateAt(OPENING_START), {
        type: "session.edit",
        sessionId: "opening",
        end: "2021-11-08T08:00:00+08:00",
      }),
    ).toMatchObject({
      code: "refused",
      field: "end",
      message: expect.stringMatching(/sessions\[0\]\.end: must be after start/),
    });
    expect(
      refusal(liveOpening(), { type: "session.edit", sessionId: "opening", roomId: "studio" })?.message,
    ).toMatch(/is live: it cannot change room/);
  });

  it("refuses a speaker in two places at once", () => {
    // Ana speaks in person at the opening; put her in person in the webinar at the same time too.
    let state = runCommands(interpretationStateAt(OPENING_START), {
      type: "session.edit",
      sessionId: "opening",
      speakers: [{ personId: "ana", role: "keynote", mode: "in-person" }],
    });
    state = clockAt(state, OPENING_START - 60 * MINUTE);
    const clash = refusal(state, {
      type: "session.edit",
      sessionId: "webinar",
      start: "2021-11-08T09:30:00+08:00",
      end: "2021-11-08T10:00:00+08:00",
      roomId: "studio",
      speakers: [{ personId: "ana", role: "speaker", mode: "in-person" }],
    });
    expect(clash).toMatchObject({
      field: "speakers",
      message: expect.stringMatching(/ana is also on stage in "opening"/),
    });
  });

  it("lets a stage manager move a session only into one of their rooms", () => {
    const state = interpretationStateAt(OPENING_START);
    const hall = { name: "Wang Fang", role: "stage-manager" as const, rooms: ["hall"] };
    expect(
      authorize(
        hall,
        { type: "session.edit", sessionId: "opening", start: "2021-11-08T09:10:00+08:00" },
        state,
      ).allowed,
    ).toBe(true);
    expect(
      authorize(hall, { type: "session.edit", sessionId: "opening", roomId: "studio" }, state),
    ).toMatchObject({
      allowed: false,
      reason: expect.stringMatching(/room "studio" is not one of yours/),
    });
  });
});
