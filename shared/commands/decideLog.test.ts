import { describe, expect, it } from "vitest";
import {
  applyChange,
  clockAt,
  interpretationStateAt,
  MINUTE,
  OPENING_START,
  runCommands,
} from "../../tests/fixtures/interpretationEvent";
import { escalations } from "../alerts/escalation";
import type { LiveState } from "../live/liveState";
import type { Command } from "./commands";
import { Command as CommandSchema } from "./commands";
import { decide } from "./decide";

const log = (fields: Record<string, unknown>): Command =>
  CommandSchema.parse({ type: "log.add", entryType: "general", text: "Doors open", ...fields });
const refusal = (state: LiveState, command: Command) => {
  const decision = decide(state, command, 0);
  return decision.ok ? null : decision.error;
};

describe("incident log", () => {
  it("records author, role, workstation, time occurred and time entered; a correction points at the old entry", () => {
    let state = interpretationStateAt(OPENING_START + 10 * MINUTE);
    state = runCommands(
      state,
      log({
        entryType: "incident",
        severity: "warning",
        text: "Fire door 3 propped open",
        occurredAt: new Date(OPENING_START + 5 * MINUTE).toISOString(),
        links: { roomId: "hall" },
        keyEvent: true,
      }),
    );
    const [entry] = state.log;
    expect(entry).toMatchObject({
      entryType: "incident",
      occurredAt: new Date(OPENING_START + 5 * MINUTE).toISOString(),
      enteredAt: new Date(OPENING_START + 10 * MINUTE).toISOString(),
      author: { operator: "Chen Jing", role: "interpreter-coordinator", workstation: "hub" },
      links: { roomId: "hall" },
      keyEvent: true,
      corrects: null,
    });
    state = runCommands(state, log({ text: "Fire door 4, not 3", corrects: entry?.id }));
    expect(state.log).toHaveLength(2);
    expect(state.log[0]?.text).toBe("Fire door 3 propped open");
    expect(state.log[1]?.corrects).toBe(entry?.id);
  });

  it("needs a reason for a decision, and refuses unknown links, corrections and future times", () => {
    const state = interpretationStateAt(OPENING_START);
    expect(
      CommandSchema.safeParse({ type: "log.add", entryType: "decision", text: "Hold" }).error?.issues[0]
        ?.path,
    ).toEqual(["reason"]);
    expect(refusal(state, log({ links: { roomId: "attic" } }))).toMatchObject({ field: "links.roomId" });
    expect(refusal(state, log({ corrects: "log-999" }))).toMatchObject({ field: "corrects" });
    expect(
      refusal(state, log({ occurredAt: new Date(OPENING_START + 60 * MINUTE).toISOString() })),
    ).toMatchObject({
      field: "occurredAt",
    });
  });

  it("takes a METHANE report", () => {
    const methane = {
      majorIncident: true,
      exactLocation: "Plenary hall, row 12",
      type: "Delegate collapsed",
      hazards: "None known",
      access: "East doors, lift B",
      casualties: "1, conscious",
      emergencyServices: "Ambulance called 10:04",
    };
    const state = runCommands(
      interpretationStateAt(OPENING_START),
      log({ entryType: "incident", severity: "critical", text: "Medical", methane }),
    );
    expect(state.log[0]?.methane).toEqual(methane);
  });
});

describe("alerts: acknowledge and escalate on the rehearsal clock", () => {
  const raised = () =>
    applyChange(interpretationStateAt(OPENING_START), {
      type: "alert.raised",
      alert: {
        id: "interpretation.silent:hall-zh",
        rule: "interpretation.silent",
        severity: "critical",
        subject: { type: "booth", id: "hall-zh" },
        message: "silent",
        raisedAt: new Date(OPENING_START).toISOString(),
      },
    });

  it("escalates a critical alert nobody acknowledged after the event's limit (120 s), once", () => {
    const state = raised();
    expect(escalations(clockAt(state, OPENING_START + 119_000), OPENING_START + 119_000)).toEqual([]);
    const due = escalations(state, OPENING_START + 120_000);
    expect(due).toEqual([
      {
        type: "alert.escalated",
        alertId: "interpretation.silent:hall-zh",
        venueTime: new Date(OPENING_START + 120_000).toISOString(),
      },
    ]);
    const escalated = due.reduce(applyChange, state);
    expect(escalated.alerts["interpretation.silent:hall-zh"]?.escalatedAt).not.toBeNull();
    expect(escalations(escalated, OPENING_START + 300_000)).toEqual([]);
  });

  it("does not escalate an acknowledged alert; acknowledging records who and when", () => {
    const acknowledged = runCommands(clockAt(raised(), OPENING_START + 30_000), {
      type: "alert.acknowledge",
      alertId: "interpretation.silent:hall-zh",
    });
    expect(acknowledged.alerts["interpretation.silent:hall-zh"]?.acknowledged).toMatchObject({
      at: new Date(OPENING_START + 30_000).toISOString(),
      by: { operator: "Chen Jing" },
    });
    expect(escalations(acknowledged, OPENING_START + 600_000)).toEqual([]);
    expect(refusal(acknowledged, { type: "alert.acknowledge", alertId: "nope" })).toMatchObject({
      code: "not_found",
    });
  });
});
