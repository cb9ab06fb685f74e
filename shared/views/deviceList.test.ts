import { describe, expect, it } from "vitest";
import { miniEvent } from "../../tests/fixtures/miniEvent";
import type { DeviceStatus } from "../live/vocabulary";
import type { DeviceDefinition } from "../model/devices";
import { EventFile } from "../model/eventFile";
import { deviceStatusOf, groupDevicesByRoom } from "./deviceList";

const base = EventFile.parse(miniEvent());
const event: EventFile = {
  ...base,
  devices: [...base.devices, { id: "spare-kiosk", kind: "checkin-kiosk", required: false }],
};
const statuses: Record<string, DeviceStatus> = { "hall-controller": "ok", "hall-zh-console": "warning" };
const statusOf = (d: DeviceDefinition) => deviceStatusOf(d, statuses[d.id]);
const ids = (groups: ReturnType<typeof groupDevicesByRoom>) =>
  groups.map((g) => [g.roomId, g.rows.map((r) => r.device.id)]);

describe("device list", () => {
  it("groups by room with booth devices under their room and unplaced devices last", () => {
    expect(ids(groupDevicesByRoom(event, statusOf))).toEqual([
      ["hall", ["hall-controller", "hall-zh-console"]],
      ["studio", ["studio-encoder"]],
      [null, ["spare-kiosk"]],
    ]);
    const booth = groupDevicesByRoom(event, statusOf)[0]?.rows[1];
    expect(booth?.booth?.id).toBe("hall-zh");
    expect(booth?.roomId).toBe("hall");
  });

  it("says missing for a required device never seen, offline for an optional one", () => {
    const rows = groupDevicesByRoom(event, statusOf).flatMap((g) => g.rows);
    expect(rows.map((r) => r.status)).toEqual(["ok", "warning", "offline", "offline"]);
    const required = event.devices[0];
    if (required) expect(deviceStatusOf(required, undefined)).toBe("missing");
  });

  it("filters by kind, status and words in id, label or room name in either language", () => {
    expect(ids(groupDevicesByRoom(event, statusOf, { kind: "encoder", status: "all", text: "" }))).toEqual([
      ["studio", ["studio-encoder"]],
    ]);
    expect(ids(groupDevicesByRoom(event, statusOf, { kind: "all", status: "warning", text: "" }))).toEqual([
      ["hall", ["hall-zh-console"]],
    ]);
    expect(ids(groupDevicesByRoom(event, statusOf, { kind: "all", status: "all", text: "大厅" }))).toEqual([
      ["hall", ["hall-controller", "hall-zh-console"]],
    ]);
    expect(ids(groupDevicesByRoom(event, statusOf, { kind: "all", status: "all", text: "HALL zh" }))).toEqual(
      [["hall", ["hall-zh-console"]]],
    );
    expect(groupDevicesByRoom(event, statusOf, { kind: "all", status: "fault", text: "" })).toEqual([]);
  });
});
