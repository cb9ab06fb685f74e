import { create } from "zustand";
import { OK, refuse, textArg, unknownCommand } from "../link/commandReplies";
import type { CommandHandler } from "../link/deviceLink";

export interface DoorShown {
  roomStatus: string;
  currentSessionId: string | null;
  nextSessionId: string | null;
}

interface DoorPanelState {
  /** What the hub asked the panel to show; null until it did. */
  shown: DoorShown | null;
  brightness: number;
}

export const useDoorPanel = create<DoorPanelState>()(() => ({ shown: null, brightness: 1 }));

const idOrNull = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);

export const handleDoorPanelCommand: CommandHandler = (name, args) => {
  switch (name) {
    case "show": {
      const roomStatus = textArg(args, "roomStatus");
      if (!roomStatus) return refuse("roomStatus: required");
      useDoorPanel.setState({
        shown: {
          roomStatus,
          currentSessionId: idOrNull(args.currentSessionId),
          nextSessionId: idOrNull(args.nextSessionId),
        },
      });
      return OK;
    }
    case "set-brightness": {
      const brightness = Number(args.brightness);
      if (!Number.isFinite(brightness) || brightness < 0 || brightness > 1)
        return refuse("brightness: a number from 0 to 1");
      useDoorPanel.setState({ brightness });
      return OK;
    }
    default:
      return unknownCommand(name);
  }
};
