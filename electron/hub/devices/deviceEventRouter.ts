import { Command } from "../../../shared/commands/commands";
import { commandForDeviceEvent } from "../../../shared/devices/deviceEventCommands";
import type { CommandRunner } from "../core/commandRunner";
import type { HubCore } from "../core/hubCore";
import type { DeviceGateway } from "./deviceGateway";

/** Longest text a booth console's `message` command takes. */
const MESSAGE_MAX = 200;

/**
 * Runs the commands that devices' events stand for (a handover pressed on a booth tablet), as the
 * device. A refusal goes back to the device as a message, so the interpreter knows it did not count.
 */
export function startDeviceEventRouter(
  core: HubCore,
  gateway: DeviceGateway,
  runner: CommandRunner,
  log: (line: string) => void,
): () => void {
  return gateway.onDeviceEvent((device, name, data) => {
    const wanted = commandForDeviceEvent(core.state.event, device, name, data);
    if (!wanted) return;
    // Device data passed the kind's schema; the command's own schema still has the last word.
    const parsed = Command.safeParse(wanted);
    const run = parsed.success
      ? runner.run(parsed.data, device.actor)
      : Promise.resolve({
          ok: false as const,
          error: { code: "invalid" as const, message: parsed.error.issues[0]?.message ?? "invalid" },
        });
    void run.then((result) => {
      if (result.ok) return;
      log(`device ${device.deviceId}: "${name}" not recorded: ${result.error.message}`);
      const text = `Not recorded: ${result.error.message}`.slice(0, MESSAGE_MAX);
      void gateway.sendCommand(device.deviceId, "message", { text });
    });
  });
}
