import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DEVICE_KIND_SPECS } from "../devices/deviceKinds";
import { buildArgs, describeArgs } from "./commandArgs";

const commands = (kind: keyof typeof DEVICE_KIND_SPECS) => DEVICE_KIND_SPECS[kind].commands;

describe("command arguments as form fields", () => {
  it("reads text, optional, nullable, number, boolean and choice fields from the schemas", () => {
    expect(describeArgs(commands("stage-timer")["show-message"]!)).toEqual([
      { name: "text", kind: "text", optional: false, nullable: false },
      { name: "blink", kind: "boolean", optional: true, nullable: false },
    ]);
    expect(describeArgs(commands("stage-timer")["set-countdown"]!)).toEqual([
      { name: "endsAt", kind: "text", format: "datetime", optional: false, nullable: false },
    ]);
    expect(describeArgs(commands("door-panel").show!)?.map((f) => [f.name, f.kind, f.nullable])).toEqual([
      ["roomStatus", "text", false],
      ["currentSessionId", "text", true],
      ["nextSessionId", "text", true],
    ]);
    expect(describeArgs(commands("door-panel")["set-brightness"]!)?.[0]?.kind).toBe("number");
    expect(describeArgs(commands("room-controller")["set-doors"]!)?.[0]).toMatchObject({
      kind: "choice",
      options: ["open", "closed", "locked"],
    });
    expect(describeArgs(commands("encoder")["start-stream"]!)).toEqual([]);
  });

  it("gives up on arguments a simple field cannot hold", () => {
    expect(describeArgs(z.object({ list: z.array(z.string()) }))).toBeNull();
  });

  it("builds arguments the schema accepts", () => {
    const show = commands("stage-timer")["show-message"]!;
    const fields = describeArgs(show)!;
    const plain = buildArgs(fields, { text: " 5 minutes ", blink: false });
    expect(plain).toEqual({ text: "5 minutes" });
    expect(buildArgs(fields, { text: "Wrap up", blink: true })).toEqual({ text: "Wrap up", blink: true });
    expect(show.safeParse(plain).success).toBe(true);

    const doorShow = commands("door-panel").show!;
    const doorArgs = buildArgs(describeArgs(doorShow)!, { roomStatus: "live", currentSessionId: "" });
    expect(doorArgs).toEqual({ roomStatus: "live", currentSessionId: null, nextSessionId: null });
    expect(doorShow.safeParse(doorArgs).success).toBe(true);

    const brightness = buildArgs(describeArgs(commands("door-panel")["set-brightness"]!)!, {
      brightness: "0.5",
    });
    expect(brightness).toEqual({ brightness: 0.5 });
    const power = buildArgs(describeArgs(commands("room-controller")["set-av-power"]!)!, {});
    expect(power).toEqual({ on: false });
  });
});
