import type { DeviceDefinition } from "../../../shared/model/devices";
import { BEHAVIOURS } from "./behaviours";
import { HubAddresses } from "./hubAddresses";
import { SimulatedDevice } from "./simulatedDevice";
import { VenueFollower } from "./venueFollower";

export interface SimulatorOptions {
  /** One hub, or every hub of a site (comma-separated): devices move to whichever is primary. */
  hubUrl: string;
  /** Token per device id; devices without one are not simulated. */
  tokens: ReadonlyMap<string, string>;
  /** State updates per device per second. */
  rateHz?: number;
  faults?: boolean;
  log?: (line: string) => void;
}

export interface RunningSimulator {
  devices: readonly SimulatedDevice[];
  onlineCount(): number;
  stop(): void;
}

/** Fault odds per device per step: rare enough that a rehearsal stays readable. */
const FAULT_ODDS = { drop: 0.0005, "bad-frame": 0.001, flood: 0.00005 } as const;

/**
 * Connects every device of the event through the real protocol and makes each behave plausibly for
 * its kind as the venue clock runs: booths live during sessions, encoders streaming, kiosks checking
 * speakers in.
 */
export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const log = options.log ?? ((line: string) => console.error(line));
  const follower = new VenueFollower(HubAddresses.parse(options.hubUrl));
  await follower.start();
  const event = follower.state.event;
  if (!event) throw new Error("the hub has no event loaded");
  const devices = event.devices
    .filter((d: DeviceDefinition) => options.tokens.has(d.id))
    .map(
      (d) => new SimulatedDevice(d, options.tokens.get(d.id) ?? "", HubAddresses.parse(options.hubUrl), log),
    );
  for (const device of devices) device.start();

  let seed = 1;
  const random = () => {
    // A small deterministic generator keeps runs comparable.
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const step = () => {
    const state = follower.state;
    if (!state.event) return;
    const now = follower.now();
    for (const device of devices) {
      if (!device.online) continue;
      const behaviour = BEHAVIOURS[device.definition.kind];
      device.apply(
        behaviour({
          now,
          event: state.event,
          rooms: state.rooms,
          device: device.definition,
          random,
          memory: device.memory,
        }),
      );
      if (!options.faults) continue;
      for (const [fault, odds] of Object.entries(FAULT_ODDS)) {
        if (random() < odds) device.injectFault(fault as keyof typeof FAULT_ODDS);
      }
    }
  };
  const timer = setInterval(step, 1000 / (options.rateHz ?? 1));
  timer.unref();
  return {
    devices,
    onlineCount: () => devices.filter((d) => d.online).length,
    stop: () => {
      clearInterval(timer);
      for (const device of devices) device.stop();
      follower.stop();
    },
  };
}
