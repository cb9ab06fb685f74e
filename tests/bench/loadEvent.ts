import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DEVICE_TOKENS_FILE, DeviceTokens } from "../../electron/hub/devices/deviceTokens";
import type { DeviceKind } from "../../shared/model/devices";

export const BUNDLED_EVENT = resolve(import.meta.dirname, "../../events/gmf-2021.json");

export interface LoadDevice {
  id: string;
  kind: DeviceKind;
}

interface DeviceEntry extends LoadDevice {
  roomId?: string;
  boothId?: string;
  required: boolean;
}

/**
 * The bundled event with its 46 devices copied (same kinds, rooms and booths, not required) until it has
 * `count`, so the load has the event's own mix of kinds rather than one kind repeated.
 */
export function eventWithDevices(dir: string, count: number): { file: string; devices: LoadDevice[] } {
  const event = JSON.parse(readFileSync(BUNDLED_EVENT, "utf8"));
  const originals: DeviceEntry[] = event.devices.map(
    ({ obs: _obs, ...d }: DeviceEntry & { obs?: unknown }) => d,
  );
  const devices: DeviceEntry[] = originals.slice(0, count);
  for (let i = devices.length; i < count; i++) {
    const original = originals[i % originals.length] as DeviceEntry;
    devices.push({ ...original, id: `${original.id}-load${i}`, required: false });
  }
  event.devices = devices;
  const file = join(dir, `event-${count}-devices.json`);
  writeFileSync(file, JSON.stringify(event));
  return { file, devices: devices.map(({ id, kind }) => ({ id, kind })) };
}

/** Issues every device's token in one go, straight into the data dir's token store (as the CLI would). */
export function issueTokens(dataDir: string, ids: readonly string[]): Map<string, string> {
  const store = new DeviceTokens(join(dataDir, DEVICE_TOKENS_FILE));
  try {
    const now = new Date();
    return new Map(ids.map((id) => [id, store.issue(id, now)]));
  } finally {
    store.close();
  }
}
