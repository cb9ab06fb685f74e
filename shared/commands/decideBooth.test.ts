import { describe, expect, it } from "vitest";
import {
  clockAt,
  interpretationStateAt,
  MINUTE,
  OPENING_START,
  runCommands,
} from "../../tests/fixtures/interpretationEvent";
import { turnDisplay } from "../interpretation/turns";
import type { LiveState } from "../live/liveState";
import type { Command } from "./commands";
import { decide } from "./decide";
import { SPEAK_SLOWLY_MESSAGE } from "./decideBooth";

const refusal = (state: LiveState, command: Command) => {
  const decision = decide(state, command, 0);
  return decision.ok ? null : decision.error;
};

const liveOpening = () =>
  runCommands(interpretationStateAt(OPENING_START), { type: "session.start", sessionId: "opening" });

describe("turns follow the session", () => {
  it("puts the first of each team on the microphone when the session goes live, and ends turns with it", () => {
    const live = liveOpening();
    expect(live.booths["hall-zh"]).toMatchObject({
      sessionId: "opening",
      activeInterpreterId: "li",
      turnStartedAt: new Date(OPENING_START).toISOString(),
    });
    expect(live.booths["hall-en"]?.activeInterpreterId).toBe("amy");
    const ended = runCommands(clockAt(live, OPENING_START + 90 * MINUTE), {
      type: "session.end",
      sessionId: "opening",
    });
    expect(ended.booths["hall-zh"]).toMatchObject({ sessionId: null, activeInterpreterId: null });
    expect(ended.booths["hall-zh"]?.turns).toEqual([
      {
        interpreterId: "li",
        sessionId: "opening",
        start: new Date(OPENING_START).toISOString(),
        end: new Date(OPENING_START + 90 * MINUTE).toISOString(),
      },
    ]);
  });

  it("keeps turns running through a hold", () => {
    const held = runCommands(clockAt(liveOpening(), OPENING_START + 10 * MINUTE), {
      type: "session.hold",
      sessionId: "opening",
      reason: "video link dropped",
    });
    expect(held.booths["hall-zh"]?.activeInterpreterId).toBe("li");
  });
});

describe("booth.handover", () => {
  it("hands to the next in turn order, restarts the timer and records who and when", () => {
    const state = runCommands(clockAt(liveOpening(), OPENING_START + 29 * MINUTE), {
      type: "booth.handover",
      boothId: "hall-zh",
    });
    const booth = state.booths["hall-zh"];
    expect(booth?.activeInterpreterId).toBe("wu");
    expect(booth?.turnStartedAt).toBe(new Date(OPENING_START + 29 * MINUTE).toISOString());
    expect(booth?.lastHandover).toMatchObject({ from: "li", to: "wu" });
    expect(booth?.lastHandover?.by.operator).toBe("Chen Jing");
    expect(turnDisplay(state, "hall-zh")).toMatchObject({
      interpreterId: "wu",
      nextInterpreterId: "li",
      team: ["li", "wu"],
    });
  });

  it("hands to a named partner, and refuses someone outside the team or already on the microphone", () => {
    const live = liveOpening();
    expect(
      refusal(live, { type: "booth.handover", boothId: "hall-zh", toInterpreterId: "amy" }),
    ).toMatchObject({ code: "refused", field: "toInterpreterId" });
    expect(
      refusal(live, { type: "booth.handover", boothId: "hall-zh", toInterpreterId: "li" })?.message,
    ).toMatch(/already on the microphone/);
    expect(refusal(live, { type: "booth.handover", boothId: "hall-fr" })?.message).toMatch(
      /nobody to hand over to/,
    );
    expect(refusal(live, { type: "booth.handover", boothId: "nope" })).toMatchObject({
      code: "not_found",
      field: "boothId",
    });
  });

  it("refuses a booth that is not working a live session", () => {
    const error = refusal(interpretationStateAt(OPENING_START), {
      type: "booth.handover",
      boothId: "hall-zh",
    });
    expect(error?.message).toMatch(/not working a live session/);
  });
});

describe("booth.assign", () => {
  it("checks people, languages and the relay source, naming the field", () => {
    const state = interpretationStateAt(OPENING_START);
    const assign = (interpreterIds: string[], relaySource?: string): Command => ({
      type: "booth.assign",
      sessionId: "opening",
      boothId: "hall-fr",
      interpreterIds,
      ...(relaySource ? { relaySource } : {}),
    });
    expect(refusal(state, assign(["zoe", "li"]))).toMatchObject({
      field: "interpreterIds[1]",
      message: expect.stringMatching(/does not work into "fr"/),
    });
    expect(refusal(state, assign(["zoe", "ghost"]))).toMatchObject({
      code: "not_found",
      field: "interpreterIds[1]",
    });
    expect(refusal(state, assign(["zoe", "zoe"]))).toMatchObject({ field: "interpreterIds[1]" });
    expect(refusal(state, assign(["zoe"], "hall-fr"))).toMatchObject({ field: "relaySource" });
    // fr takes relay from en, so en cannot take relay from fr: a loop nobody could interpret from.
    expect(
      refusal(state, {
        type: "booth.assign",
        sessionId: "opening",
        boothId: "hall-en",
        interpreterIds: ["amy"],
        relaySource: "hall-fr",
      }),
    ).toMatchObject({ code: "refused", field: "relaySource", message: expect.stringMatching(/each other/) });
  });

  it("puts the new team's first on the microphone when the active interpreter leaves mid-session", () => {
    const state = runCommands(liveOpening(), {
      type: "booth.assign",
      sessionId: "opening",
      boothId: "hall-zh",
      interpreterIds: ["wu"],
    });
    expect(state.booths["hall-zh"]?.activeInterpreterId).toBe("wu");
    const kept = runCommands(liveOpening(), {
      type: "booth.assign",
      sessionId: "opening",
      boothId: "hall-en",
      interpreterIds: ["ben", "amy"],
    });
    expect(kept.booths["hall-en"]?.activeInterpreterId).toBe("amy");
    expect(kept.booths["hall-en"]?.turns).toHaveLength(1);
  });

  it("switches a live booth's source and tells its console", () => {
    const decision = decide(
      liveOpening(),
      { type: "booth.setRelay", boothId: "hall-fr", source: "floor" },
      0,
    );
    expect(decision).toMatchObject({
      ok: true,
      effects: [{ deviceIds: ["hall-fr-console"], name: "set-relay", args: { source: "floor" } }],
    });
  });
});

describe("booth requests", () => {
  it("forwards speak-slowly to the room's stage timer and moves through acknowledged, handled, closed", () => {
    const live = liveOpening();
    const decision = decide(live, { type: "booth.request", boothId: "hall-en", kind: "speak-slowly" }, 0);
    expect(decision).toMatchObject({
      ok: true,
      effects: [{ deviceIds: ["hall-timer"], name: "show-message", args: { text: SPEAK_SLOWLY_MESSAGE } }],
    });
    let state = runCommands(live, {
      type: "booth.request",
      boothId: "hall-en",
      kind: "help",
      note: "no floor",
    });
    const request = Object.values(state.requests).find((r) => r.kind === "help");
    if (!request) throw new Error("no request");
    expect(request).toMatchObject({ boothId: "hall-en", note: "no floor", acknowledged: null });
    const ack = decide(state, { type: "request.acknowledge", requestId: request.id }, 0);
    expect(ack).toMatchObject({
      ok: true,
      effects: [
        { deviceIds: ["hall-en-console"], name: "acknowledge-request", args: { request: "help-request" } },
      ],
    });
    state = runCommands(
      clockAt(state, OPENING_START + 5 * MINUTE),
      { type: "request.handle", requestId: request.id },
      { type: "request.close", requestId: request.id },
    );
    const done = state.requests[request.id];
    expect(done?.acknowledged?.at).toBe(new Date(OPENING_START + 5 * MINUTE).toISOString());
    expect(done?.handled?.by.operator).toBe("Chen Jing");
    expect(done?.closed).not.toBeNull();
    expect(refusal(state, { type: "request.close", requestId: request.id })).toBeNull();
    expect(refusal(state, { type: "request.acknowledge", requestId: "request-999" })).toMatchObject({
      code: "not_found",
      field: "requestId",
    });
  });
});
