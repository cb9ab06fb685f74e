import { describe, expect, it } from "vitest";
import { miniEvent } from "../../tests/fixtures/miniEvent";
import type { Command } from "../commands/commands";
import { decide } from "../commands/decide";
import { emptyLiveState, type LiveState } from "../live/liveState";
import { EventFile } from "../model/eventFile";
import { HUB_ACTOR, type JournalChange, type JournalEvent } from "./journalEvents";
import { applyJournalEvent } from "./reducer";

let seq = 0;
const stamp = (change: JournalChange): JournalEvent => ({
  ...change,
  seq: ++seq,
  at: "2021-11-08T00:00:00.000Z",
  actor: HUB_ACTOR,
});

function loaded(): LiveState {
  return applyJournalEvent(
    emptyLiveState(),
    stamp({ type: "event.loaded", event: EventFile.parse(miniEvent()), source: "test" }),
  );
}

function run(state: LiveState, command: Command): LiveState {
  const decision = decide(state, command, Date.parse("2021-11-08T00:00:00Z"));
  if (!decision.ok) throw new Error(decision.error.message);
  return decision.changes.reduce((s, change) => applyJournalEvent(s, stamp(change)), state);
}

describe("reducer", () => {
  it("creates live state for every room, session and device of a loaded event", () => {
    const state = loaded();
    expect(Object.keys(state.rooms)).toEqual(["hall", "studio"]);
    expect(state.rooms.hall?.status).toBe("closed");
    expect(state.sessions.opening?.status).toBe("scheduled");
    expect(state.devices["hall-controller"]?.status).toBe("missing");
    expect(state.devices["studio-encoder"]?.status).toBe("offline");
  });

  it("keeps the live state of rooms that stay when the event is reloaded", () => {
    let state = run(loaded(), { type: "room.setStatus", roomId: "hall", status: "setup" });
    const event = EventFile.parse(miniEvent());
    event.venue.rooms.pop();
    state = applyJournalEvent(state, stamp({ type: "event.loaded", event, source: "test" }));
    expect(state.rooms.hall?.status).toBe("setup");
    expect(state.rooms.studio).toBeUndefined();
  });

  it("does not mutate the state it is given", () => {
    const before = loaded();
    const frozen = JSON.stringify(before);
    run(before, { type: "room.setStatus", roomId: "hall", status: "setup" });
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it("gives the same state when the same events are replayed", () => {
    const events: JournalEvent[] = [];
    const start = emptyLiveState();
    const record = (change: JournalChange) => events.push(stamp(change));
    record({ type: "event.loaded", event: EventFile.parse(miniEvent()), source: "test" });
    record({ type: "room.statusChanged", roomId: "hall", from: "closed", to: "setup" });
    record({ type: "room.issueChanged", roomId: "hall", issue: "mic 3 crackles" });
    const once = events.reduce(applyJournalEvent, start);
    const twice = events.reduce(applyJournalEvent, start);
    expect(twice).toEqual(once);
    expect(once.rooms.hall).toMatchObject({ status: "setup", issue: "mic 3 crackles" });
    expect(once.seq).toBe(events.at(-1)?.seq);
  });
});

describe("decide", () => {
  it("refuses a transition that is not allowed and says which ones are", () => {
    const decision = decide(loaded(), { type: "room.setStatus", roomId: "hall", status: "live" }, 0);
    expect(decision).toEqual({
      ok: false,
      error: {
        code: "refused",
        field: "status",
        message: 'room "hall" cannot go from closed to live; allowed: setup',
      },
    });
  });

  it("refuses unknown rooms", () => {
    const decision = decide(loaded(), { type: "room.setIssue", roomId: "attic", issue: "leak" }, 0);
    expect(decision.ok).toBe(false);
  });

  it("changes nothing when the room is already in that state", () => {
    expect(decide(loaded(), { type: "room.setStatus", roomId: "hall", status: "closed" }, 0)).toEqual({
      ok: true,
      changes: [],
    });
  });

  it("sets a rehearsal clock at a venue time and speed", () => {
    const wall = Date.parse("2026-01-01T00:00:00Z");
    const state = run(loaded(), {
      type: "clock.set",
      mode: "rehearsal",
      venueTime: "2021-11-08T08:45:00+08:00",
      speed: 60,
    });
    expect(state.clock).toMatchObject({ mode: "rehearsal", speed: 60, paused: false });
    const decision = decide(state, { type: "clock.set", mode: "wall" }, wall);
    expect(decision).toEqual({ ok: true, changes: [{ type: "clock.set", clock: { mode: "wall" } }] });
  });
});
