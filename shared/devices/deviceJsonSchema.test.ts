import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { deviceProtocolJsonSchema } from "./deviceJsonSchema";

describe("device protocol JSON Schema", () => {
  it("matches the committed docs/device-protocol.schema.json (regenerate with `npm run schema`)", () => {
    const committed = JSON.parse(
      readFileSync(resolve(import.meta.dirname, "../../docs/device-protocol.schema.json"), "utf8"),
    );
    expect(committed).toEqual(deviceProtocolJsonSchema());
  });

  it("describes every kind's state, events and commands", () => {
    const schema = deviceProtocolJsonSchema() as {
      kinds: Record<string, { state: { properties: object }; commands: object }>;
    };
    expect(Object.keys(schema.kinds)).toEqual([
      "booth-console",
      "room-controller",
      "encoder",
      "stage-timer",
      "door-panel",
      "checkin-kiosk",
    ]);
    expect(Object.keys(schema.kinds.encoder?.state.properties ?? {})).toContain("skippedFrames");
    expect(Object.keys(schema.kinds["stage-timer"]?.commands ?? {})).toContain("show-message");
  });
});
