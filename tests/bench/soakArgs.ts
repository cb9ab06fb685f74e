import { parseArgs } from "node:util";
import { MAX_CLOCK_SPEED } from "../../shared/live/clock";
import { positive } from "./benchArgs";

export interface SoakArgs {
  quick: boolean;
  json: string | null;
  /** Target wall-clock length of the venue run (the rehearsal clock's speed follows from it). */
  minutes: number;
  /** First and last venue day run (1-based, inclusive). */
  fromDay: number;
  toDay: number;
  /** Console clients following the journal. */
  consoles: number;
  /** Simulator state updates per device per second. */
  rate: number;
  /** Faults: the simulator's own (drop-outs, malformed frames, floods) and the bench's. */
  faults: boolean;
  /** Run the hub's own in-process demo simulator (no simulator faults) instead of `venue-ops simulate --faults`. */
  hubSimulator: boolean;
  /** Rehearsal clock speed; by default the one that fits the run into `minutes` (at most MAX_CLOCK_SPEED). */
  speed: number | null;
}

/**
 * `npm run bench -- --soak [--quick] [--json FILE] [--minutes N] [--days A-B] [--consoles K] [--rate HZ]
 * [--speed S] [--no-faults] [--hub-simulator]`. Full: the six days in about 6 minutes; quick: days 4 to 6
 * (the plenary days, the busiest) in about 90 s.
 */
export function soakArgs(argv: readonly string[]): SoakArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      soak: { type: "boolean" },
      quick: { type: "boolean" },
      json: { type: "string" },
      minutes: { type: "string" },
      days: { type: "string" },
      consoles: { type: "string" },
      rate: { type: "string" },
      speed: { type: "string" },
      "no-faults": { type: "boolean" },
      "hub-simulator": { type: "boolean" },
    },
    strict: true,
  });
  const quick = values.quick ?? false;
  const days = /^(\d)(?:-(\d))?$/.exec(values.days ?? (quick ? "4-6" : "1-6"));
  const fromDay = Number(days?.[1]);
  const toDay = Number(days?.[2] ?? days?.[1]);
  if (!days || fromDay < 1 || toDay < fromDay)
    throw new Error(`--days: "${values.days}" is not a day range such as 1-6 or 4`);
  const speed = values.speed === undefined ? null : positive("speed", values.speed, 1);
  if (speed !== null && speed > MAX_CLOCK_SPEED)
    throw new Error(`--speed: at most ${MAX_CLOCK_SPEED} (the hub's MAX_CLOCK_SPEED)`);
  return {
    quick,
    json: values.json ?? null,
    minutes: positive("minutes", values.minutes, quick ? 1.5 : 6),
    fromDay,
    toDay,
    consoles: Math.round(positive("consoles", values.consoles, 2)),
    rate: positive("rate", values.rate, 2),
    faults: !(values["no-faults"] ?? false),
    hubSimulator: values["hub-simulator"] ?? false,
    speed,
  };
}
