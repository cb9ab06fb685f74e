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
  const shown = (startedAt: string | null, interpreterId: string | null = "li") => ({
    "command:show-turn": { interpreterId, nextInterpreterId: "wu", startedAt, turnMinutes: 30 },
  });

  it("is live on its channel with the interpreter the hub named, and idle when the hub names nobody", () => {
    const live = BEHAVIOURS["booth-console"](
      context("hall-zh-console", at("2021-11-08T09:10:00+08:00"), shown("2021-11-08T09:00:00+08:00")),
    );
    expect(live.state).toMatchObject({
      micLive: true,
      channel: 1,
      occupied: true,
      activeInterpreterId: "li",
    });
    const idle = BEHAVIOURS["booth-console"](
      context("hall-zh-console", at("2021-11-08T11:00:00+08:00"), shown(null, null)),
    );
    expect(idle.state).toMatchObject({ micLive: false, occupied: false });
    const neverTold = BEHAVIOURS["booth-console"](
      context("hall-zh-console", at("2021-11-08T09:10:00+08:00")),
    );
    expect(neverTold.state).toMatchObject({ micLive: false });
  });

  it("hands over to the hub's next interpreter about when the turn is due, once", () => {
    // random() is 0.5: the handover comes 15 s before the 30-minute mark.
    const memory = shown("2021-11-08T09:00:00+08:00");
    const early = BEHAVIOURS["booth-console"](
      context("hall-zh-console", at("2021-11-08T09:29:00+08:00"), memory),
    );
    expect(early.events).toEqual([]);
    const due = BEHAVIOURS["booth-console"](
      context("hall-zh-console", at("2021-11-08T09:29:50+08:00"), memory),
    );
    expect(due.events).toContainEqual({ name: "handover-done", data: { toInterpreterId: "wu" } });
    const again = BEHAVIOURS["booth-console"](
      context("hall-zh-console", at("2021-11-08T09:30:30+08:00"), memory),
    );
    expect(again.events).toEqual([]);
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
