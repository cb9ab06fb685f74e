import { describe, expect, it } from "vitest";
import {
  clockAt,
  interpretationStateAt,
  MINUTE,
  OPENING_START,
  runCommands,
} from "../../tests/fixtures/interpretationEvent";
import { readinessEvent } from "../../tests/fixtures/readinessEvent";
import type { LiveState } from "../live/liveState";
import type { Command } from "./commands";
import { decide } from "./decide";

const stateAt = (ms: number) => interpretationStateAt(ms, readinessEvent());
const refusal = (state: LiveState, command: Command) => {
  const decision = decide(state, command, 0);
  return decision.ok ? null : decision.error;
};
const tick = (speakerId: string, item: string, done = true, version?: string) =>
  ({
    type: "speaker.setCheck",
    sessionId: "opening",
    speakerId,
    item,
    done,
    ...(version ? { version } : {}),
  }) as Command;

describe("speaker.setCheck", () => {
  it("records who ticked an item and when (venue time), and unticks it", () => {
    const state = runCommands(stateAt(OPENING_START - 40 * MINUTE), tick("ana", "link-tested"));
    expect(state.readiness["opening|ana"]?.["link-tested"]).toMatchObject({
      done: true,
      at: new Date(OPENING_START - 40 * MINUTE).toISOString(),
      by: { operator: "Chen Jing" },
    });
    const undone = runCommands(state, tick("ana", "link-tested", false));
    expect(undone.readiness["opening|ana"]?.["link-tested"]?.done).toBe(false);
  });

  it("loads the deck last received unless told which", () => {
    const state = runCommands(
      stateAt(OPENING_START - 60 * MINUTE),
      tick("bo", "slides-received", true, "v3"),
      tick("bo", "slides-loaded"),
    );
    expect(state.readiness["opening|bo"]?.["slides-loaded"]?.version).toBe("v3");
  });

  it("refuses items of another mode, unknown people, and a version on an item without one", () => {
    const state = stateAt(OPENING_START);
    expect(refusal(state, tick("ana", "mic-fitted"))).toMatchObject({
      field: "item",
      message: expect.stringMatching(/not an item for a remote speaker; use one of link-tested/),
    });
    expect(refusal(state, tick("zed", "standby"))).toMatchObject({ code: "not_found", field: "speakerId" });
    expect(refusal(state, tick("bo", "mic-fitted", true, "v1"))).toMatchObject({ field: "version" });
    expect(refusal(state, { ...tick("bo", "mic-fitted"), sessionId: "gone" } as Command)).toMatchObject({
      field: "sessionId",
    });
  });
});

describe("speaker.checkIn", () => {
  it("ticks checked-in on the speaker's in-person sessions still to come today", () => {
    const state = runCommands(stateAt(OPENING_START - 50 * MINUTE), {
      type: "speaker.checkIn",
      speakerId: "bo",
    });
    expect(state.readiness["opening|bo"]?.["checked-in"]?.done).toBe(true);
    // Twice changes nothing.
    const again = decide(state, { type: "speaker.checkIn", speakerId: "bo" }, 0);
    expect(again).toEqual({ ok: true, changes: [] });
  });

  it("refuses a remote speaker, and anyone on a day they do not speak in person", () => {
    expect(
      refusal(stateAt(OPENING_START - 50 * MINUTE), { type: "speaker.checkIn", speakerId: "ana" })?.message,
    ).toMatch(/no in-person session still to come today/);
    const nextDay = clockAt(stateAt(OPENING_START), OPENING_START + 24 * 60 * MINUTE);
    expect(refusal(nextDay, { type: "speaker.checkIn", speakerId: "bo" })).toMatchObject({
      field: "speakerId",
    });
  });
});
