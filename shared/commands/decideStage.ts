import { venueNowMs } from "../live/clock";
import type { LiveState } from "../live/liveState";
import type { Command } from "./commands";
import { type Decision, refuse } from "./decision";

type StageCommand = Extract<Command, { type: `stage.${string}` }>;

/** Messages and countdowns go to every stage timer of the room, as device commands after journaling. */
export function decideStage(state: LiveState, command: StageCommand, wallMs: number): Decision {
  if (!state.rooms[command.roomId]) {
    return refuse({ code: "not_found", field: "roomId", message: `unknown room "${command.roomId}"` });
  }
  const deviceIds = (state.event?.devices ?? [])
    .filter((d) => d.kind === "stage-timer" && d.roomId === command.roomId)
    .map((d) => d.id);
  if (deviceIds.length === 0) {
    return refuse({
      code: "refused",
      field: "roomId",
      message: `room "${command.roomId}" has no stage timer`,
    });
  }
  if (command.type === "stage.countdown") {
    const endsAt = new Date(venueNowMs(state.clock, wallMs) + command.minutes * 60_000).toISOString();
    return {
      ok: true,
      changes: [{ type: "stage.countdownSet", roomId: command.roomId, endsAt }],
      effects: [{ type: "device.command", deviceIds, name: "set-countdown", args: { endsAt } }],
    };
  }
  const blink = command.blink ?? false;
  return {
    ok: true,
    changes: [{ type: "stage.messageSent", roomId: command.roomId, text: command.text, blink }],
    effects: [
      command.text === null
        ? { type: "device.command", deviceIds, name: "clear-message", args: {} }
        : { type: "device.command", deviceIds, name: "show-message", args: { text: command.text, blink } },
    ],
  };
}
