import type { CommandContext } from "../../../shared/access/guard";
import type { Command, CommandError } from "../../../shared/commands/commands";
import type { Actor } from "../../../shared/live/liveState";
import type { DeviceCommandResult, DeviceGateway } from "../devices/deviceGateway";
import type { HubCore } from "./hubCore";

export type RunResult =
  | { ok: true; seq: number; events: number; devices?: Record<string, DeviceCommandResult> }
  | { ok: false; error: CommandError };

/**
 * Runs a command end to end for the console socket and the HTTP API: decided and journaled by the
 * core, then its effects carried out (commands to devices), answering once the devices have acked or
 * timed out, so the operator sees what the stage timer did.
 */
export class CommandRunner {
  constructor(
    private readonly core: HubCore,
    private readonly devices: DeviceGateway,
  ) {}

  async run(
    command: Command,
    actor: Actor,
    commandId?: string,
    context: Omit<CommandContext, "actor"> = {},
  ): Promise<RunResult> {
    const result = this.core.execute(command, actor, commandId, context);
    if (!result.ok) return result;
    try {
      // Acknowledged, and carried out on devices, only once stored (at once with SQLite; with JetStream,
      // once the replicas have it).
      await this.core.whenDurable(result.seq);
    } catch (error) {
      // With a replicated journal a write can be stored while its acknowledgement is lost, so the outcome
      // is not known here: the operator looks before sending it again.
      const message = `the hub could not confirm that the change was stored (${(error as Error).message}); check whether it shows before trying again`;
      return { ok: false, error: { code: "unavailable", message } };
    }
    const base = { ok: true as const, seq: result.seq, events: result.events.length };
    if (result.effects.length === 0) return base;
    const outcomes: Record<string, DeviceCommandResult> = {};
    await Promise.all(
      result.effects.flatMap((effect) =>
        effect.deviceIds.map(async (deviceId) => {
          outcomes[deviceId] = await this.devices.sendCommand(deviceId, effect.name, effect.args);
        }),
      ),
    );
    return { ...base, devices: outcomes };
  }
}
