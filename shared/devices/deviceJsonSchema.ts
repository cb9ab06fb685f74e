import { z } from "zod";
import { DEVICE_KINDS } from "../model/devices";
import { DEVICE_KIND_SPECS } from "./deviceKinds";
import { CommandFrame, DeviceFrame, Hello, Welcome } from "./frames";

const ErrorFrameSchema = z.object({
  type: z.literal("error"),
  code: z.literal("bad_message"),
  detail: z.string(),
});

const json = (schema: z.ZodType) => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return rest;
};

/**
 * The machine-readable contract for device makers (docs/device-protocol.schema.json), generated from
 * the same zod schemas the hub validates with, so the document cannot drift from the code.
 */
export function deviceProtocolJsonSchema(): Record<string, unknown> {
  const kinds: Record<string, unknown> = {};
  for (const kind of DEVICE_KINDS) {
    const spec = DEVICE_KIND_SPECS[kind];
    kinds[kind] = {
      state: json(spec.state),
      events: Object.fromEntries(Object.entries(spec.events).map(([name, schema]) => [name, json(schema)])),
      commands: Object.fromEntries(
        Object.entries(spec.commands).map(([name, schema]) => [name, json(schema)]),
      ),
    };
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "Venue Ops Console on-site device protocol, version 1",
    description:
      "Frames are JSON objects in WebSocket text frames at ws://HOST:PORT/devices. `frames` are the envelopes; " +
      "`kinds` give, per device kind, the `data` of a state frame (every field optional, merged), the `data` of " +
      "each event by `name`, and the `args` of each command by `name`. Objects reject unknown fields.",
    frames: {
      hello: json(Hello),
      welcome: json(Welcome),
      deviceFrame: json(DeviceFrame),
      command: json(CommandFrame),
      error: json(ErrorFrameSchema),
    },
    kinds,
  };
}
