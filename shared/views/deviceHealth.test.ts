import { describe, expect, it } from "vitest";
import { miniEvent } from "../../tests/fixtures/miniEvent";
import type { DeviceLive } from "../live/liveState";
import { EventFile } from "../model/eventFile";
import { rollUpDeviceHealth, worstStatus } from "./deviceHealth";

const device = (status: DeviceLive["status"]): DeviceLive => ({
  status,
  lastSeen: null,
  firmware: null,
  stale: false,
});

describe("device health roll-up", () => {
  it("ranks faults above warnings and everything above ok", () => {
    expect(worstStatus(["ok", "warning", "fault"])).toBe("fault");
    expect(worstStatus(["ok", "initializing"])).toBe("initializing");
    expect(worstStatus(["warning", "offline"])).toBe("offline");
    expect(worstStatus([])).toBe("ok");
  });

  it("gives a room the worst of its own devices and its booths' devices", () => {
    const event = EventFile.parse(miniEvent());
    const rollup = rollUpDeviceHealth(event, {
      devices: {
        "hall-controller": device("ok"),
        "hall-zh-console": device("warning"),
        "studio-encoder": device("ok"),
      },
    });
    expect(rollup.booths).toEqual({ "hall-zh": "warning", "hall-en": "ok" });
    expect(rollup.rooms).toEqual({ hall: "warning", studio: "ok" });
  });

  it("treats a required device never seen as missing", () => {
    const event = EventFile.parse(miniEvent());
    expect(rollUpDeviceHealth(event, { devices: {} }).rooms.hall).toBe("missing");
  });
});
