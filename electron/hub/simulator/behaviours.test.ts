import { describe, expect, it } from "vitest";
import { EventFile } from "../../../shared/model/eventFile";
import { miniEvent } from "../../../tests/fixtures/miniEvent";
import { BEHAVIOURS, type SimulationContext } from "./behaviours";

const event = EventFile.parse(miniEvent());
const at = (iso: string) => Date.parse(iso);
const context = (deviceId: string, now: number, memory: Record<string, unknown> = {}): SimulationContext => {
  const device = event.devices.find((d) => d.id === deviceId);
  if (!device) throw new Error(deviceId);
  return { now, event, rooms: {}, device, random: () => 0.5, memory };
};

describe("simulated booth console", () => {
  it("is live on its channel during a session in its language and idle outside", () => {
    const live = BEHAVIOURS["booth-console"](context("hall-zh-console", at("2021-11-08T09:10:00+08:00")));
    expect(live.state).toMatchObject({
      micLive: true,
      channel: 1,
      occupied: true,
      activeInterpreterId: "li",
    });
    const idle = BEHAVIOURS["booth-console"](context("hall-zh-console", at("2021-11-08T11:00:00+08:00")));
    expect(idle.state).toMatchObject({ micLive: false, occupied: false });
  });

  it("reports a handover when the 30-minute turn changes", () => {
    const memory = {};
    BEHAVIOURS["booth-console"](context("hall-zh-console", at("2021-11-08T09:29:00+08:00"), memory));
    const next = BEHAVIOURS["booth-console"](
      context("hall-zh-console", at("2021-11-08T09:31:00+08:00"), memory),
    );
    expect(next.events).toContainEqual({ name: "handover-done", data: { toInterpreterId: "li" } });
  });
});

describe("simulated encoder", () => {
  it("streams during an online session and counts frames", () => {
    const memory = {};
    const first = BEHAVIOURS.encoder(context("studio-encoder", at("2021-11-09T14:10:00+08:00"), memory));
    expect(first.state).toMatchObject({ streaming: true, totalFrames: 30 });
    expect(first.events).toContainEqual({ name: "stream-started", data: {} });
    const after = BEHAVIOURS.encoder(context("studio-encoder", at("2021-11-09T15:10:00+08:00"), memory));
    expect(after.state).toMatchObject({ streaming: false });
    expect(after.events).toContainEqual({ name: "stream-stopped", data: {} });
  });
});
