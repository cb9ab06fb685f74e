import { type AssignmentLive, assignmentKey, type BoothLive, type LiveState } from "../live/liveState";
import type { InterpretationSettings } from "../model/interpretation";
import type { Booth, Session } from "../model/programme";

export type TurnPhase = "ok" | "ending" | "overdue";

export interface TurnClock {
  elapsedMs: number;
  /** Negative once the turn is overdue. */
  remainingMs: number;
  /** Amber ("ending") in the last warning minutes, red ("overdue") past the turn length. */
  phase: TurnPhase;
}

/** Where the current turn stands at venue time `nowMs`; null when nobody is on the microphone. */
export function turnClock(
  booth: BoothLive,
  settings: InterpretationSettings,
  nowMs: number,
): TurnClock | null {
  if (booth.turnStartedAt === null || booth.activeInterpreterId === null) return null;
  const elapsedMs = Math.max(0, nowMs - Date.parse(booth.turnStartedAt));
  const remainingMs = settings.turnMinutes * 60_000 - elapsedMs;
  const phase: TurnPhase =
    remainingMs <= 0 ? "overdue" : remainingMs <= settings.turnWarningMinutes * 60_000 ? "ending" : "ok";
  return { elapsedMs, remainingMs, phase };
}

/** Who takes over at the next handover: the one after the active interpreter in the team's turn order. */
export function nextInterpreter(team: readonly string[], activeId: string | null): string | null {
  if (team.length === 0) return null;
  if (activeId === null) return team[0] ?? null;
  const index = team.indexOf(activeId);
  const next = team[(index + 1) % team.length] ?? null;
  return next === activeId ? null : next;
}

export function assignmentFor(state: LiveState, sessionId: string, boothId: string): AssignmentLive | null {
  return state.assignments[assignmentKey(sessionId, boothId)] ?? null;
}

/** The session now using a room's booths: live or on hold. */
export function liveSessionInRoom(state: LiveState, roomId: string): Session | null {
  return (
    state.event?.sessions.find((s) => {
      const status = state.sessions[s.id]?.status;
      return s.roomId === roomId && (status === "live" || status === "hold");
    }) ?? null
  );
}

/** A booth is needed in a session when the session's languages include the booth's. */
export const boothServes = (booth: Booth, session: Session): boolean =>
  session.roomId === booth.roomId && session.languages.includes(booth.language);

/** Booths of a session's room that work into one of its languages, with their teams (may be empty). */
export function sessionBooths(state: LiveState, session: Session): { booth: Booth; team: string[] }[] {
  return (state.event?.booths ?? [])
    .filter((b) => boothServes(b, session))
    .map((booth) => ({ booth, team: assignmentFor(state, session.id, booth.id)?.interpreterIds ?? [] }));
}

/** What a booth console is told about the turn (the `show-turn` command's arguments). */
export interface TurnDisplay {
  interpreterId: string | null;
  nextInterpreterId: string | null;
  team: string[];
  startedAt: string | null;
  turnMinutes: number;
}

/** The hub's record of a booth's turn, as its console should show it. */
export function turnDisplay(state: LiveState, boothId: string): TurnDisplay {
  const booth = state.booths[boothId];
  const sessionId = booth?.sessionId ?? null;
  const team = sessionId ? (assignmentFor(state, sessionId, boothId)?.interpreterIds ?? []) : [];
  const active = booth?.activeInterpreterId ?? null;
  return {
    interpreterId: active,
    nextInterpreterId: active === null ? null : nextInterpreter(team, active),
    team,
    startedAt: booth?.turnStartedAt ?? null,
    turnMinutes: state.event?.interpretation.turnMinutes ?? 30,
  };
}
