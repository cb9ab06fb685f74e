import { describe, expect, it } from "vitest";
import { interpretationStateAt, OPENING_START, runCommands } from "../../tests/fixtures/interpretationEvent";
import type { Command } from "../commands/commands";
import type { Actor } from "../live/liveState";
import { decideFor } from "./guard";
import type { Operator } from "./operators";
import { authorize } from "./permissions";

const state = interpretationStateAt(OPENING_START);
const hallManager: Operator = { name: "Wang Fang", role: "stage-manager", rooms: ["hall"] };
const studioManager: Operator = { name: "Li Na", role: "stage-manager", rooms: ["studio"] };
const coordinator: Operator = { name: "Chen Jing", role: "interpreter-coordinator", rooms: [] };
const duty: Operator = { name: "Zhao Lei", role: "duty-officer", rooms: [] };
const viewer: Operator = { name: "Guest", role: "viewer", rooms: [] };

const COMMANDS: Record<string, Command> = {
  clock: { type: "clock.pause" },
  hallStatus: { type: "room.setStatus", roomId: "hall", status: "setup" },
  hallSession: { type: "session.standby", sessionId: "opening" },
  studioSession: { type: "session.standby", sessionId: "webinar" },
  hallStage: { type: "stage.message", roomId: "hall", text: "Two minutes" },
  hallSpeaker: {
    type: "speaker.setCheck",
    sessionId: "opening",
    speakerId: "ana",
    item: "link-tested",
    done: true,
  },
  booth: { type: "booth.assign", sessionId: "opening", boothId: "hall-zh", interpreterIds: ["li"] },
  request: { type: "request.close", requestId: "request-1" },
  log: {
    type: "log.add",
    entryType: "general",
    severity: "info",
    text: "Doors open",
    links: {},
    keyEvent: false,
  },
  ack: { type: "alert.acknowledge", alertId: "x" },
};

/** The permission matrix: role by command family. "override" is allowed and journaled as an override. */
const MATRIX: [Operator, Record<string, "yes" | "no" | "override">][] = [
  [
    viewer,
    {
      clock: "no",
      hallStatus: "no",
      hallSession: "no",
      studioSession: "no",
      hallStage: "no",
      hallSpeaker: "no",
      booth: "no",
      request: "no",
      log: "no",
      ack: "no",
    },
  ],
  [
    hallManager,
    {
      clock: "no",
      hallStatus: "yes",
      hallSession: "yes",
      studioSession: "no",
      hallStage: "yes",
      hallSpeaker: "yes",
      booth: "no",
      request: "no",
      log: "yes",
      ack: "yes",
    },
  ],
  [
    studioManager,
    {
      clock: "no",
      hallStatus: "no",
      hallSession: "no",
      studioSession: "yes",
      hallStage: "no",
      hallSpeaker: "no",
      booth: "no",
      request: "no",
      log: "yes",
      ack: "yes",
    },
  ],
  [
    coordinator,
    {
      clock: "no",
      hallStatus: "no",
      hallSession: "no",
      studioSession: "no",
      hallStage: "no",
      hallSpeaker: "no",
      booth: "yes",
      request: "yes",
      log: "yes",
      ack: "yes",
    },
  ],
  [
    duty,
    {
      clock: "yes",
      hallStatus: "override",
      hallSession: "override",
      studioSession: "override",
      hallStage: "override",
      hallSpeaker: "override",
      booth: "override",
      request: "override",
      log: "yes",
      ack: "yes",
    },
  ],
];

describe("permissions", () => {
  for (const [operator, row] of MATRIX) {
    it(`${operator.role} ${operator.rooms.join(",")}`, () => {
      for (const [name, expected] of Object.entries(row)) {
        const command = COMMANDS[name];
        if (!command) throw new Error(name);
        const permission = authorize(operator, command, state);
        const got = !permission.allowed ? "no" : permission.override ? "override" : "yes";
        expect({ name, got }).toEqual({ name, got: expected });
      }
    });
  }

  it("says why, naming the room and whose it is", () => {
    expect(authorize(studioManager, COMMANDS.hallSession as Command, state)).toEqual({
      allowed: false,
      reason: 'room "hall" is not one of yours (studio); ask its stage manager or the duty officer',
    });
    expect(authorize(viewer, COMMANDS.log as Command, state)).toMatchObject({
      reason: expect.stringMatching(/viewer/),
    });
  });
});

describe("decideFor", () => {
  const actorOf = (o: Operator, workstation = "pc-1"): Actor => ({
    operator: o.name,
    role: o.role,
    workstation,
  });

  it("refuses a forbidden command with code forbidden and changes nothing", () => {
    const decision = decideFor(state, COMMANDS.hallStatus as Command, 0, {
      actor: actorOf(viewer),
      operator: viewer,
    });
    expect(decision).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("journals a duty officer's override with the change it made", () => {
    const decision = decideFor(state, COMMANDS.hallStatus as Command, 0, {
      actor: actorOf(duty),
      operator: duty,
    });
    expect(decision).toMatchObject({
      ok: true,
      changes: [
        { type: "room.statusChanged", roomId: "hall", to: "setup" },
        { type: "access.override", commandType: "room.setStatus", roomId: "hall" },
      ],
    });
  });

  it("refuses a stale edit made by someone else, not one's own", () => {
    const before = state.seq;
    const issue = (text: string): Command => ({ type: "room.setIssue", roomId: "hall", issue: text });
    const edited = runCommands(state, issue("projector 2 flickers"));
    // Another console, which opened the form before that edit, sends its own text.
    const stale = decideFor(edited, issue("mic 3 is dead"), 0, {
      actor: actorOf(duty, "pc-2"),
      operator: duty,
      baseSeq: before,
    });
    expect(stale).toMatchObject({
      ok: false,
      error: {
        code: "conflict",
        message: expect.stringMatching(/the issue of room "hall" was changed by Chen Jing/),
      },
    });
    // With the state after the edit, or by the same author at the same workstation, it goes through.
    expect(
      decideFor(edited, issue("mic 3 is dead"), 0, { actor: actorOf(duty, "pc-2"), baseSeq: edited.seq }).ok,
    ).toBe(true);
    const own = { operator: "Chen Jing", role: "interpreter-coordinator", workstation: "hub" };
    expect(decideFor(edited, issue("mic 3 is dead"), 0, { actor: own, baseSeq: before }).ok).toBe(true);
  });

  it("refuses a stale live edit of a session that someone else edited since", () => {
    const sessionId = Object.keys(state.sessions).find((id) => state.sessions[id]?.status === "scheduled");
    if (!sessionId) throw new Error("the fixture has no scheduled session");
    const retitle = (en: string): Command => ({
      type: "session.edit",
      sessionId,
      title: { en, "zh-CN": en },
    });
    const before = state.seq;
    const edited = runCommands(state, retitle("Opening, revised"));
    const stale = decideFor(edited, retitle("Opening, other revision"), 0, {
      actor: actorOf(duty, "pc-2"),
      operator: duty,
      baseSeq: before,
    });
    expect(stale).toMatchObject({
      ok: false,
      error: {
        code: "conflict",
        message: expect.stringMatching(new RegExp(`"${sessionId}" was changed by`)),
      },
    });
    expect(
      decideFor(edited, retitle("Opening, other revision"), 0, {
        actor: actorOf(duty, "pc-2"),
        operator: duty,
        baseSeq: edited.seq,
      }).ok,
    ).toBe(true);
  });
});
