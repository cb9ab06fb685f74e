import { create } from "zustand";
import { OK, refuse, textArg, unknownCommand } from "../link/commandReplies";
import type { CommandHandler } from "../link/deviceLink";

interface StageTimerState {
  /** End of the current slot in venue time, as the hub last said (set-countdown). */
  endsAtMs: number | null;
  /** The stage manager's message, shown until cleared. */
  message: string | null;
  blinking: boolean;
  /** The speaker tapped the message. */
  seen: boolean;
}

export const useStageTimer = create<StageTimerState>()(() => ({
  endsAtMs: null,
  message: null,
  blinking: false,
  seen: false,
}));

export const handleStageTimerCommand: CommandHandler = (name, args) => {
  switch (name) {
    case "set-countdown": {
      const endsAtMs = Date.parse(String(args.endsAt));
      if (!Number.isFinite(endsAtMs)) return refuse("endsAt: not an ISO-8601 time");
      useStageTimer.setState({ endsAtMs });
      return OK;
    }
    case "show-message": {
      const message = textArg(args, "text");
      if (!message) return refuse("text: a message is required");
      useStageTimer.setState({ message, blinking: args.blink === true, seen: false });
      return OK;
    }
    case "clear-message":
      useStageTimer.setState({ message: null, blinking: false, seen: false });
      return OK;
    default:
      return unknownCommand(name);
  }
};
