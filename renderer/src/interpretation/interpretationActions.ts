import type { Command } from "../../../shared/commands/commands";
import { sendCommand } from "../net/hubConnection";
import { useInterpretation } from "./interpretationStore";

/** Sends a board command and shows the hub's refusal as it is worded: it says what is allowed. */
export async function runBoardCommand(command: Command): Promise<boolean> {
  useInterpretation.getState().setFailure(null);
  const outcome = await sendCommand(command);
  if (!outcome.ok) useInterpretation.getState().setFailure(outcome.error.message);
  return outcome.ok;
}
