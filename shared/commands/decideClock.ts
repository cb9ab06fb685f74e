import { DateTime } from "luxon";
import { adjustClock, type ClockState, venueNowMs, WALL_CLOCK } from "../live/clock";
import type { LiveState } from "../live/liveState";
import type { Command } from "./commands";
import { accept, type Decision, refuse } from "./decision";

type ClockCommand = Extract<Command, { type: `clock.${string}` }>;

const rehearsalOnly = (state: LiveState): Decision | null =>
  state.clock.mode === "rehearsal"
    ? null
    : refuse({
        code: "refused",
        message: "the venue clock is the wall clock; set a rehearsal clock first (clock.set)",
      });

const set = (clock: ClockState): Decision => accept({ type: "clock.set", clock });

export function decideClock(state: LiveState, command: ClockCommand, wallMs: number): Decision {
  switch (command.type) {
    case "clock.set": {
      if (command.mode === "wall") return set(WALL_CLOCK);
      const venueMs = command.venueTime
        ? DateTime.fromISO(command.venueTime).toMillis()
        : venueNowMs(state.clock, wallMs);
      return set(
        adjustClock(state.clock, wallMs, {
          ...(command.speed === undefined ? {} : { speed: command.speed }),
          ...(command.paused === undefined ? {} : { paused: command.paused }),
          venueMs,
        }),
      );
    }
    case "clock.speed":
      return rehearsalOnly(state) ?? set(adjustClock(state.clock, wallMs, { speed: command.speed }));
    case "clock.pause":
      return rehearsalOnly(state) ?? set(adjustClock(state.clock, wallMs, { paused: true }));
    case "clock.resume":
      return rehearsalOnly(state) ?? set(adjustClock(state.clock, wallMs, { paused: false }));
  }
}
