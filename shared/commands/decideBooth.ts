import { assignmentFor, boothServes, nextInterpreter, sessionBooths } from "../interpretation/turns";
import type { JournalChange } from "../journal/journalEvents";
import { venueNowMs } from "../live/clock";
import type { BoothRequestKind, LiveState, RequestStage } from "../live/liveState";
import { assertNever } from "../live/vocabulary";
import { FLOOR_SOURCE } from "../model/interpretation";
import type { Booth } from "../model/programme";
import type { Command } from "./commands";
import { accept, type Decision, type Effect, refuse } from "./decision";

type BoothCommand = Extract<Command, { type: `booth.${string}` | `request.${string}` }>;

/** What a speak-slowly request shows on the room's stage timers: both working languages, short. */
export const SPEAK_SLOWLY_MESSAGE = "请放慢语速 · Please speak more slowly";

const REQUEST_FRAME_NAME: Record<BoothRequestKind, string> = {
  help: "help-request",
  "speak-slowly": "speak-slowly",
};

const boothConsoles = (state: LiveState, boothId: string) =>
  (state.event?.devices ?? [])
    .filter((d) => d.kind === "booth-console" && d.boothId === boothId)
    .map((d) => d.id);

const roomStageTimers = (state: LiveState, roomId: string) =>
  (state.event?.devices ?? [])
    .filter((d) => d.kind === "stage-timer" && d.roomId === roomId)
    .map((d) => d.id);

function findBooth(state: LiveState, boothId: string): Booth | Decision {
  const booth = state.event?.booths.find((b) => b.id === boothId);
  return booth ?? refuse({ code: "not_found", field: "boothId", message: `unknown booth "${boothId}"` });
}

/** "floor", or another booth of the same room that does not itself take relay from this one. */
function checkSource(state: LiveState, booth: Booth, source: string, sessionId: string, field: string) {
  if (source === FLOOR_SOURCE) return null;
  const pivot = state.event?.booths.find((b) => b.id === source);
  if (!pivot || pivot.roomId !== booth.roomId || pivot.id === booth.id) {
    return refuse({
      code: "invalid",
      field,
      message: `relay source must be "floor" or another booth in room "${booth.roomId}", not "${source}"`,
    });
  }
  if (assignmentFor(state, sessionId, pivot.id)?.relaySource === booth.id) {
    return refuse({
      code: "refused",
      field,
      message: `booth "${pivot.id}" takes relay from "${booth.id}": the two cannot take relay from each other`,
    });
  }
  return null;
}

function handover(
  state: LiveState,
  command: Extract<BoothCommand, { type: "booth.handover" }>,
  venueTime: string,
) {
  const booth = findBooth(state, command.boothId);
  if ("ok" in booth) return booth;
  const live = state.booths[booth.id];
  if (!live?.sessionId || live.activeInterpreterId === null) {
    return refuse({ code: "refused", message: `booth "${booth.id}" is not working a live session` });
  }
  const team = assignmentFor(state, live.sessionId, booth.id)?.interpreterIds ?? [];
  const to = command.toInterpreterId ?? nextInterpreter(team, live.activeInterpreterId);
  if (to === null) {
    return refuse({ code: "refused", message: `booth "${booth.id}" has nobody to hand over to` });
  }
  if (!team.includes(to)) {
    return refuse({
      code: "refused",
      field: "toInterpreterId",
      message: `"${to}" is not in the team of booth "${booth.id}" for this session; assign them first`,
    });
  }
  if (to === live.activeInterpreterId) {
    return refuse({
      code: "refused",
      field: "toInterpreterId",
      message: `"${to}" is already on the microphone`,
    });
  }
  return {
    ok: true as const,
    changes: [
      {
        type: "booth.turnStarted" as const,
        boothId: booth.id,
        sessionId: live.sessionId,
        interpreterId: to,
        venueTime,
        handover: true,
      },
    ],
  };
}

function assign(
  state: LiveState,
  command: Extract<BoothCommand, { type: "booth.assign" }>,
  venueTime: string,
) {
  const booth = findBooth(state, command.boothId);
  if ("ok" in booth) return booth;
  const session = state.event?.sessions.find((s) => s.id === command.sessionId);
  if (!session) {
    return refuse({
      code: "not_found",
      field: "sessionId",
      message: `unknown session "${command.sessionId}"`,
    });
  }
  if (booth.roomId !== session.roomId) {
    return refuse({
      code: "refused",
      field: "boothId",
      message: `booth "${booth.id}" is in room "${booth.roomId}"; session "${session.id}" is in "${session.roomId}"`,
    });
  }
  for (const [index, id] of command.interpreterIds.entries()) {
    const field = `interpreterIds[${index}]`;
    const person = state.event?.people.interpreters.find((p) => p.id === id);
    if (!person) return refuse({ code: "not_found", field, message: `unknown interpreter "${id}"` });
    if (!person.languages.a.includes(booth.language) && !person.languages.b.includes(booth.language)) {
      return refuse({
        code: "refused",
        field,
        message: `${person.name} does not work into "${booth.language}" (A: ${person.languages.a.join(", ")}; B: ${person.languages.b.join(", ") || "none"})`,
      });
    }
    if (command.interpreterIds.indexOf(id) !== index) {
      return refuse({ code: "invalid", field, message: `"${id}" is listed twice` });
    }
  }
  const previous = assignmentFor(state, session.id, booth.id);
  const relaySource = command.relaySource ?? previous?.relaySource ?? FLOOR_SOURCE;
  const bad = checkSource(state, booth, relaySource, session.id, "relaySource");
  if (bad) return bad;

  const team = command.interpreterIds;
  const changes: JournalChange[] = [
    { type: "booth.assigned", sessionId: session.id, boothId: booth.id, interpreterIds: team, relaySource },
  ];
  const effects: Effect[] = [];
  const live = state.booths[booth.id];
  const working = live?.sessionId === session.id;
  const sessionLive =
    ["live", "hold"].includes(state.sessions[session.id]?.status ?? "") && boothServes(booth, session);
  // A team changed mid-session: the microphone stays with the active interpreter if they are still in
  // it; otherwise the first of the new team takes it. The console hears of it from the display driver.
  if (sessionLive) {
    const active = working ? (live?.activeInterpreterId ?? null) : null;
    const first = team[0];
    if (active === null || !team.includes(active)) {
      if (first !== undefined) {
        changes.push({
          type: "booth.turnStarted",
          boothId: booth.id,
          sessionId: session.id,
          interpreterId: first,
          venueTime,
          handover: false,
        });
      } else if (working) {
        changes.push({ type: "booth.turnEnded", boothId: booth.id, venueTime });
      }
    }
    if (relaySource !== previous?.relaySource) effects.push(...setRelayEffect(state, booth.id, relaySource));
  }
  return { ok: true as const, changes, effects };
}

const setRelayEffect = (state: LiveState, boothId: string, source: string): Effect[] => {
  const deviceIds = boothConsoles(state, boothId);
  return deviceIds.length === 0
    ? []
    : [{ type: "device.command", deviceIds, name: "set-relay", args: { source } }];
};

function setRelay(state: LiveState, command: Extract<BoothCommand, { type: "booth.setRelay" }>): Decision {
  const booth = findBooth(state, command.boothId);
  if ("ok" in booth) return booth;
  const sessionId = state.booths[booth.id]?.sessionId;
  if (!sessionId) {
    return refuse({
      code: "refused",
      field: "boothId",
      message: `booth "${booth.id}" is not working a session now; plan its source in the session's assignment`,
    });
  }
  const bad = checkSource(state, booth, command.source, sessionId, "source");
  if (bad) return bad;
  const current = assignmentFor(state, sessionId, booth.id);
  if (current?.relaySource === command.source) return accept();
  return {
    ok: true,
    changes: [
      {
        type: "booth.assigned",
        sessionId,
        boothId: booth.id,
        interpreterIds: current?.interpreterIds ?? [],
        relaySource: command.source,
      },
    ],
    effects: setRelayEffect(state, booth.id, command.source),
  };
}

function raiseRequest(
  state: LiveState,
  command: Extract<BoothCommand, { type: "booth.request" }>,
  venueTime: string,
): Decision {
  const booth = findBooth(state, command.boothId);
  if ("ok" in booth) return booth;
  // The journal's next sequence number makes an id that is unique and the same on every replay.
  const requestId = `request-${state.seq + 1}`;
  const changes: JournalChange[] = [
    {
      type: "request.raised",
      requestId,
      boothId: booth.id,
      kind: command.kind,
      note: command.note ?? null,
      venueTime,
    },
  ];
  const effects: Effect[] = [];
  const timers = roomStageTimers(state, booth.roomId);
  if (command.kind === "speak-slowly" && timers.length > 0) {
    changes.push({
      type: "stage.messageSent",
      roomId: booth.roomId,
      text: SPEAK_SLOWLY_MESSAGE,
      blink: true,
    });
    effects.push({
      type: "device.command",
      deviceIds: timers,
      name: "show-message",
      args: { text: SPEAK_SLOWLY_MESSAGE, blink: true },
    });
  }
  return { ok: true, changes, effects };
}

const STAGE_OF: Record<"request.acknowledge" | "request.handle" | "request.close", RequestStage> = {
  "request.acknowledge": "acknowledged",
  "request.handle": "handled",
  "request.close": "closed",
};

/** Requests move acknowledged, handled, closed; a later stage implies the earlier acknowledgement. */
function progressRequest(
  state: LiveState,
  command: Extract<BoothCommand, { type: `request.${string}` }>,
  venueTime: string,
): Decision {
  const request = state.requests[command.requestId];
  if (!request) {
    return refuse({
      code: "not_found",
      field: "requestId",
      message: `unknown request "${command.requestId}"`,
    });
  }
  const stage = STAGE_OF[command.type];
  if (request[stage] !== null) return accept();
  if (request.closed !== null) {
    return refuse({ code: "refused", message: `request "${request.id}" is closed` });
  }
  const changes: JournalChange[] = [];
  const effects: Effect[] = [];
  if (request.acknowledged === null) {
    changes.push({ type: "request.progressed", requestId: request.id, stage: "acknowledged", venueTime });
    const deviceIds = boothConsoles(state, request.boothId);
    if (deviceIds.length > 0) {
      effects.push({
        type: "device.command",
        deviceIds,
        name: "acknowledge-request",
        args: { request: REQUEST_FRAME_NAME[request.kind] },
      });
    }
  }
  if (stage !== "acknowledged")
    changes.push({ type: "request.progressed", requestId: request.id, stage, venueTime });
  return { ok: true, changes, effects };
}

/** Interpretation commands: handovers, teams, relay sources and booth requests. */
export function decideBooth(state: LiveState, command: BoothCommand, wallMs: number): Decision {
  const venueTime = new Date(venueNowMs(state.clock, wallMs)).toISOString();
  switch (command.type) {
    case "booth.handover":
      return handover(state, command, venueTime);
    case "booth.assign":
      return assign(state, command, venueTime);
    case "booth.setRelay":
      return setRelay(state, command);
    case "booth.request":
      return raiseRequest(state, command, venueTime);
    case "request.acknowledge":
    case "request.handle":
    case "request.close":
      return progressRequest(state, command, venueTime);
    default:
      return assertNever(command);
  }
}

/**
 * Turns that follow a session's status: when it goes live, the first of each staffed booth's team takes
 * the microphone; when it ends or is cancelled, its booths' turns end. Added to the session's decision.
 */
export function boothTurnsForSessions(state: LiveState, decision: Decision): Decision {
  if (!decision.ok) return decision;
  const changes: JournalChange[] = [];
  for (const change of decision.changes) {
    if (change.type !== "session.statusChanged") continue;
    const session = state.event?.sessions.find((s) => s.id === change.sessionId);
    if (!session) continue;
    const { venueTime } = change;
    const starting = change.to === "live" && (change.from === "scheduled" || change.from === "standby");
    const stopping = (change.to === "ended" || change.to === "cancelled") && change.from !== "scheduled";
    for (const { booth, team } of sessionBooths(state, session)) {
      const first = team[0];
      if (starting && first !== undefined) {
        changes.push({
          type: "booth.turnStarted",
          boothId: booth.id,
          sessionId: session.id,
          interpreterId: first,
          venueTime,
          handover: false,
        });
      }
      if (stopping && state.booths[booth.id]?.sessionId === session.id) {
        changes.push({ type: "booth.turnEnded", boothId: booth.id, venueTime });
      }
    }
  }
  if (changes.length === 0) return decision;
  return { ...decision, changes: [...decision.changes, ...changes] };
}
