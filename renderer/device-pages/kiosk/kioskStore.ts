import { create } from "zustand";
import { OK, refuse, textArg, unknownCommand } from "../link/commandReplies";
import type { CommandHandler } from "../link/deviceLink";

/** A message from the control room, shown over the kiosk until someone taps OK. */
export const useKioskNotice = create<{ notice: string | null }>()(() => ({ notice: null }));

export const handleKioskCommand: CommandHandler = (name, args) => {
  if (name !== "message") return unknownCommand(name);
  const text = textArg(args, "text");
  if (!text) return refuse("text: a message is required");
  useKioskNotice.setState({ notice: text });
  return OK;
};
