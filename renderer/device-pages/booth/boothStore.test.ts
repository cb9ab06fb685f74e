import { beforeEach, describe, expect, it } from "vitest";
import {
  boothCommandHandler,
  chooseInterpreter,
  handoverEventData,
  selectNextId,
  useBooth,
} from "./boothStore";

const initial = useBooth.getState();
const handle = boothCommandHandler("hall-en-console");
const turn = (change: Record<string, unknown> = {}) => ({
  interpreterId: "amy",
  nextInterpreterId: "zoe",
  team: ["amy", "zoe", "ben"],
  startedAt: "2021-11-08T01:30:00.000Z",
  turnMinutes: 20,
  ...change,
});

describe("booth tablet following the hub's turn", () => {
  beforeEach(() => useBooth.setState(initial, true));

  it("takes who is on the microphone, the team, the next and the turn's start from show-turn", () => {
    expect(handle("show-turn", turn())).toEqual({ ok: true });
    const state = useBooth.getState();
    expect(state).toMatchObject({
      activeInterpreterId: "amy",
      team: ["amy", "zoe", "ben"],
      turnStartedMs: Date.parse("2021-11-08T01:30:00.000Z"),
      turnMinutes: 20,
    });
    expect(selectNextId(state)).toBe("zoe");
  });

  it("hands over to the partner tapped, or leaves the choice to the hub", () => {
    handle("show-turn", turn());
    expect(handoverEventData()).toEqual({});
    chooseInterpreter("ben");
    expect(selectNextId(useBooth.getState())).toBe("ben");
    expect(handoverEventData()).toEqual({ toInterpreterId: "ben" });
    // The microphone does not move on the tablet's say-so: only the hub's next show-turn moves it.
    expect(useBooth.getState().activeInterpreterId).toBe("amy");
    // Tapping the one on the microphone changes nothing; tapping the chosen one again un-chooses.
    chooseInterpreter("amy");
    expect(handoverEventData()).toEqual({ toInterpreterId: "ben" });
    chooseInterpreter("ben");
    expect(handoverEventData()).toEqual({});
  });

  it("drops a choice the hub's new turn makes moot", () => {
    handle("show-turn", turn());
    chooseInterpreter("ben");
    handle("show-turn", turn({ interpreterId: "ben", nextInterpreterId: "amy" }));
    expect(useBooth.getState().chosenNextId).toBeNull();
    expect(selectNextId(useBooth.getState())).toBe("amy");
    // Between sessions: nobody on the microphone, an empty team, no turn time.
    handle("show-turn", turn({ interpreterId: null, nextInterpreterId: null, team: [], startedAt: null }));
    expect(useBooth.getState()).toMatchObject({ activeInterpreterId: null, team: [], turnStartedMs: null });
  });

  it("refuses a show-turn it cannot read, and keeps the turn it had", () => {
    handle("show-turn", turn());
    expect(handle("show-turn", turn({ team: "amy" }))).toMatchObject({ ok: false });
    expect(handle("show-turn", turn({ startedAt: "half past nine" }))).toMatchObject({ ok: false });
    expect(handle("show-turn", turn({ turnMinutes: 0 }))).toMatchObject({ ok: false });
    expect(useBooth.getState().team).toEqual(["amy", "zoe", "ben"]);
  });
});
