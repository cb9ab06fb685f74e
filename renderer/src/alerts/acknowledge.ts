import { sendCommand } from "../net/hubConnection";
import { useAlertUi } from "./alertUi";

/** Acknowledges an alert for everyone; a refusal (a viewer, the link down) is shown as the hub worded it. */
export async function acknowledgeAlert(alertId: string): Promise<boolean> {
  useAlertUi.getState().setFailure(null);
  const outcome = await sendCommand({ type: "alert.acknowledge", alertId });
  if (!outcome.ok) useAlertUi.getState().setFailure(outcome.error.message);
  return outcome.ok;
}
