import { turnDisplay } from "../../../shared/interpretation/turns";
import { venueNowMs } from "../../../shared/live/clock";
import type { DeviceDefinition } from "../../../shared/model/devices";
import type { HubCore } from "../core/hubCore";
import type { DeviceGateway } from "./deviceGateway";

const REFRESH_MS = 5_000;
const RELEVANT = new Set([
  "device.connected",
  "room.statusChanged",
  "clock.set",
  "event.loaded",
  "booth.turnStarted",
  "booth.turnEnded",
  "booth.assigned",
]);

interface Shown {
  name: string;
  args: Record<string, unknown>;
}

/**
 * Tells display devices what to show, as the protocol allows the hub to do after welcome: each door
 * panel its room's status and current and next session; each stage timer the end of the current
 * session; each booth console the hub's record of its turn. Sent when something changes, never repeated
 * while it stands.
 */
export function startDisplayDriver(
  core: HubCore,
  gateway: DeviceGateway,
  log: (line: string) => void,
): () => void {
  const lastShown = new Map<string, string>();

  const wanted = (kind: string, roomId: string): Shown | null => {
    const { event, rooms, clock } = core.state;
    if (!event) return null;
    const now = venueNowMs(clock, Date.now());
    const inRoom = event.sessions
      .filter((s) => s.roomId === roomId)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    const current = inRoom.find((s) => Date.parse(s.start) <= now && now < Date.parse(s.end));
    const next = inRoom.find((s) => Date.parse(s.start) > now);
    if (kind === "door-panel") {
      return {
        name: "show",
        args: {
          roomStatus: rooms[roomId]?.status ?? "closed",
          currentSessionId: current?.id ?? null,
          nextSessionId: next?.id ?? null,
        },
      };
    }
    if (kind === "stage-timer" && current) return { name: "set-countdown", args: { endsAt: current.end } };
    return null;
  };

  const wantedBy = (device: DeviceDefinition): Shown | null => {
    if (device.kind === "booth-console" && device.boothId)
      return { name: "show-turn", args: { ...turnDisplay(core.state, device.boothId) } };
    if ((device.kind === "door-panel" || device.kind === "stage-timer") && device.roomId)
      return wanted(device.kind, device.roomId);
    return null;
  };

  const update = () => {
    for (const device of core.state.event?.devices ?? []) {
      if (!gateway.isConnected(device.id)) {
        lastShown.delete(device.id);
        continue;
      }
      const shown = wantedBy(device);
      if (!shown) continue;
      const key = JSON.stringify(shown);
      if (lastShown.get(device.id) === key) continue;
      lastShown.set(device.id, key);
      void gateway.sendCommand(device.id, shown.name, shown.args).then((result) => {
        if (result.ok) return;
        // Not acknowledged: forget it, so the next refresh sends it again.
        lastShown.delete(device.id);
        log(`display: ${device.id} did not take "${shown.name}": ${result.error}`);
      });
    }
  };

  const unsubscribe = core.onEvents((events) => {
    // A device that (re)connects starts blank: whatever it was shown before must be sent again.
    for (const event of events) if (event.type === "device.connected") lastShown.delete(event.deviceId);
    if (events.some((e) => RELEVANT.has(e.type))) setImmediate(update);
  });
  const timer = setInterval(update, REFRESH_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    unsubscribe();
  };
}
