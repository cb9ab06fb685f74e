import type { Command } from "../../../shared/commands/commands";
import type { ReadinessItem } from "../../../shared/model/readiness";
import { sendCommand } from "../net/hubConnection";
import { useSpeakers } from "./speakersStore";

/** Sends a readiness command and shows the hub's refusal as it is worded: it says what is allowed. */
export async function runSpeakerCommand(command: Command): Promise<boolean> {
  useSpeakers.getState().setFailure(null);
  const outcome = await sendCommand(command);
  if (!outcome.ok) useSpeakers.getState().setFailure(outcome.error.message);
  return outcome.ok;
}

export function setCheck(
  sessionId: string,
  speakerId: string,
  item: ReadinessItem,
  done: boolean,
  version?: string,
): Promise<boolean> {
  return runSpeakerCommand({
    type: "speaker.setCheck",
    sessionId,
    speakerId,
    item,
    done,
    ...(version ? { version } : {}),
  });
}

/**
 * Arrival. For a session of the venue's today it checks the speaker in for all their in-person sessions
 * still to come today, as the kiosk does; for another day's session, for that session only.
 */
export function checkInCommand(speakerId: string, sessionId: string, isToday: boolean): Command {
  return { type: "speaker.checkIn", speakerId, ...(isToday ? {} : { sessionId }) };
}
