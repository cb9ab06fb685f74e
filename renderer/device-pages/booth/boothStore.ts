import { create } from "zustand";
import { FLOOR_SOURCE } from "../../../shared/model/interpretation";
import { relaySources } from "../../../shared/views/boothRoster";
import { usePublicData } from "../data/publicData";
import { OK, refuse, textArg, unknownCommand } from "../link/commandReplies";
import type { CommandHandler, CommandReply } from "../link/deviceLink";

/** What the control room answered or said; the tablet shows it until the interpreter taps OK. */
export type BoothNotice = { kind: "technician" } | { kind: "chair" } | { kind: "message"; text: string };

interface BoothState {
  micLive: boolean;
  /** The hub's record of the turn: who is on the microphone and since when (venue time). */
  activeInterpreterId: string | null;
  turnStartedMs: number | null;
  turnMinutes: number;
  /** Who the hub hands over to by default: the next in the team's turn order. */
  hubNextId: string | null;
  /** Tapped on this tablet to take over instead of the hub's next; null lets the hub pick. */
  chosenNextId: string | null;
  /** The session's team in turn order, from the hub; null until the hub has sent one. */
  team: string[] | null;
  relaySource: string;
  notice: BoothNotice | null;
  /** A short confirmation of what this tablet just sent (or that it could not). */
  feedback: { ok: boolean; key: "helpSent" | "slowSent" | "handoverSent" | "notSent" } | null;
}

export const useBooth = create<BoothState>()(() => ({
  micLive: false,
  activeInterpreterId: null,
  turnStartedMs: null,
  turnMinutes: 30,
  hubNextId: null,
  chosenNextId: null,
  team: null,
  relaySource: FLOOR_SOURCE,
  notice: null,
  feedback: null,
}));

/** Who takes over at the next handover, as the tablet shows it: the one tapped, else the hub's next. */
export const selectNextId = (s: BoothState): string | null => s.chosenNextId ?? s.hubNextId;

/** A tap on a partner marks them to take over next; a second tap gives the choice back to the hub. */
export function chooseInterpreter(id: string): void {
  const { activeInterpreterId, chosenNextId } = useBooth.getState();
  if (activeInterpreterId === null || id === activeInterpreterId) return;
  useBooth.setState({ chosenNextId: id === chosenNextId ? null : id });
}

/**
 * What the handover-done event says: the partner tapped, or nothing so the hub hands over to the next in
 * turn order. The microphone moves when the hub answers with show-turn, not before.
 */
export function handoverEventData(): { toInterpreterId?: string } {
  const { chosenNextId } = useBooth.getState();
  return chosenNextId === null ? {} : { toInterpreterId: chosenNextId };
}

const nullableText = (value: unknown): value is string | null =>
  value === null || (typeof value === "string" && value.trim() !== "");

/** The hub's show-turn: the tablet's turn, team and next follow it exactly; local guesses are dropped. */
export function applyShowTurn(args: Record<string, unknown>): CommandReply {
  const { interpreterId, nextInterpreterId, team, startedAt, turnMinutes } = args;
  if (!nullableText(interpreterId)) return refuse("interpreterId: an id or null");
  if (!nullableText(nextInterpreterId)) return refuse("nextInterpreterId: an id or null");
  if (!Array.isArray(team) || !team.every((id) => typeof id === "string"))
    return refuse("team: a list of ids");
  const startedMs =
    startedAt === null ? null : typeof startedAt === "string" ? Date.parse(startedAt) : Number.NaN;
  if (startedMs !== null && Number.isNaN(startedMs)) return refuse("startedAt: an ISO time or null");
  if (typeof turnMinutes !== "number" || !(turnMinutes > 0)) return refuse("turnMinutes: a positive number");
  const { chosenNextId } = useBooth.getState();
  // A partner tapped earlier stays chosen only while they are in the team and not on the microphone.
  const keepChoice = chosenNextId !== null && team.includes(chosenNextId) && chosenNextId !== interpreterId;
  useBooth.setState({
    activeInterpreterId: interpreterId,
    hubNextId: nextInterpreterId,
    chosenNextId: keepChoice ? chosenNextId : null,
    team: [...team],
    turnStartedMs: interpreterId === null ? null : startedMs,
    turnMinutes,
  });
  return OK;
}

/** Commands for one booth device; relay sources are checked against its room once the programme is loaded. */
export function boothCommandHandler(deviceId: string): CommandHandler {
  return (name, args) => {
    switch (name) {
      case "show-turn":
        return applyShowTurn(args);
      case "acknowledge-request": {
        if (args.request === "help-request") useBooth.setState({ notice: { kind: "technician" } });
        else if (args.request === "speak-slowly") useBooth.setState({ notice: { kind: "chair" } });
        else return refuse("request: help-request or speak-slowly");
        return OK;
      }
      case "set-relay": {
        const source = textArg(args, "source");
        const event = usePublicData.getState().event;
        const booths = event?.booths;
        const boothId = event?.devices.find((d) => d.id === deviceId)?.boothId;
        if (!source) return refuse("source: required");
        if (booths && boothId && !relaySources(booths, boothId).includes(source))
          return refuse(`source: "${source}" is neither the floor nor a booth of this room`);
        useBooth.setState({ relaySource: source });
        return OK;
      }
      case "message": {
        const text = textArg(args, "text");
        if (!text) return refuse("text: a message is required");
        useBooth.setState({ notice: { kind: "message", text } });
        return OK;
      }
      default:
        return unknownCommand(name);
    }
  };
}
