import { askHold, goCue, onFocusedSession, sessionCommand, standbyNextCue } from "./roomActions";
import { useRoomView } from "./roomViewStore";

export const STAGE_MESSAGE_INPUT_ID = "room-stage-text";

/**
 * Keys that only mean something in the Room view (listed in keyboard/shortcuts.ts for the help). Letters are matched case-sensitively so that
 * Shift+S / Shift+E (start, end) can never fire from a plain s or e.
 */
export function handleRoomKey(event: KeyboardEvent): boolean {
  if (useRoomView.getState().reasonPrompt) return false;
  switch (event.key) {
    case "b":
      return onFocusedSession((id) => void standbyNextCue(id));
    case "g":
    case " ":
      return onFocusedSession((id) => void goCue(id));
    case "h":
      return onFocusedSession(askHold);
    case "r":
      return onFocusedSession((id) => void sessionCommand("session.resume", id));
    case "S":
      return onFocusedSession((id) => void sessionCommand("session.start", id));
    case "E":
      return onFocusedSession((id) => void sessionCommand("session.end", id));
    case "m": {
      const input = document.getElementById(STAGE_MESSAGE_INPUT_ID);
      input?.focus();
      return input !== null;
    }
    default:
      return false;
  }
}
