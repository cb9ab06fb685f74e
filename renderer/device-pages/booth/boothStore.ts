import { create } from "zustand";
import { FLOOR_SOURCE, relaySources } from "../../../shared/views/boothRoster";
import { usePublicData, venueNow } from "../data/publicData";
import { OK, refuse, textArg, unknownCommand } from "../link/commandReplies";
import type { CommandHandler } from "../link/deviceLink";

/** What the control room answered or said; the tablet shows it until the interpreter taps OK. */
export type BoothNotice = { kind: "technician" } | { kind: "chair" } | { kind: "message"; text: string };

interface BoothState {
  micLive: boolean;
  activeInterpreterId: string | null;
  /** Chosen to take over at the next handover. */
  nextInterpreterId: string | null;
  /** Venue time the current turn began. */
  turnStartedMs: number | null;
  relaySource: string;
  notice: BoothNotice | null;
  /** A short confirmation of what this tablet just sent (or that it could not). */
  feedback: { ok: boolean; key: "helpSent" | "slowSent" | "handoverSent" | "notSent" } | null;
}

export const useBooth = create<BoothState>()(() => ({
  micLive: false,
  activeInterpreterId: null,
  nextInterpreterId: null,
  turnStartedMs: null,
  relaySource: FLOOR_SOURCE,
  notice: null,
  feedback: null,
}));

/** Taps on the interpreter list: nobody on the mic yet takes it at once; otherwise it marks who is next. */
export function chooseInterpreter(id: string): void {
  const { activeInterpreterId, nextInterpreterId } = useBooth.getState();
  if (activeInterpreterId === null) useBooth.setState({ activeInterpreterId: id, turnStartedMs: venueNow() });
  else if (id !== activeInterpreterId)
    useBooth.setState({ nextInterpreterId: id === nextInterpreterId ? null : id });
}

/** The partner took over: they are on the mic now and their turn starts. */
export function completeHandover(): string | null {
  const { nextInterpreterId, activeInterpreterId } = useBooth.getState();
  const to = nextInterpreterId ?? activeInterpreterId;
  useBooth.setState({ activeInterpreterId: to, nextInterpreterId: null, turnStartedMs: venueNow() });
  return to;
}

export function leaveDesk(): void {
  useBooth.setState({
    activeInterpreterId: null,
    nextInterpreterId: null,
    turnStartedMs: null,
    micLive: false,
  });
}

/** Commands for one booth device; relay sources are checked against its room once the programme is loaded. */
export function boothCommandHandler(deviceId: string): CommandHandler {
  return (name, args) => {
    switch (name) {
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
