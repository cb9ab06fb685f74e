import type { Command } from "../../../shared/commands/commands";
import { sendCommand } from "../net/hubConnection";
import { currentRoomFocus } from "./roomFocus";
import { useRoomView } from "./roomViewStore";

type SessionCommandType = "session.standby" | "session.start" | "session.resume" | "session.end";

/** Sends a command and shows the hub's refusal as it is worded: it says what is allowed. */
export async function runCommand(command: Command): Promise<boolean> {
  useRoomView.getState().setFailure(null);
  const outcome = await sendCommand(command);
  if (!outcome.ok) useRoomView.getState().setFailure(outcome.error.message);
  return outcome.ok;
}

export function sessionCommand(type: SessionCommandType, sessionId: string): Promise<boolean> {
  return runCommand({ type, sessionId });
}

/** Keyboard: acts on the session in focus; false when there is none, so the key is not swallowed. */
export function onFocusedSession(act: (sessionId: string) => void): boolean {
  const focusId = currentRoomFocus()?.focusId;
  if (!focusId) return false;
  act(focusId);
  return true;
}

export function standbyNextCue(sessionId: string): Promise<boolean> {
  return runCommand({ type: "cue.standby", sessionId });
}

export function goCue(sessionId: string): Promise<boolean> {
  return runCommand({ type: "cue.go", sessionId });
}

/** Hold asks for its reason first; the hub refuses it unless the session is live. */
export function askHold(sessionId: string): void {
  useRoomView.getState().askReason({ kind: "hold", sessionId });
}
