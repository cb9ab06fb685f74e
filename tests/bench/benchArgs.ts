import { parseArgs } from "node:util";

export interface BenchArgs {
  quick: boolean;
  json: string | null;
  devices: number;
  rate: number;
  consoles: number;
  kills: number;
  serveRelay: boolean;
  /** Run the console-under-load benchmark (Chromium); `--no-console` skips it. */
  console: boolean;
  /** Only the hot-standby benchmark (`--failover`). */
  failoverOnly: boolean;
  /** `--console-profile`: list the console's hot spots under load (a CPU profile after the measured windows). */
  consoleProfile: boolean;
  /** `--console-trace FILE`: write a Chrome trace of the console's window under load. */
  consoleTrace: string | null;
}

/** A number option that must be above zero; `fallback` when it is not given. */
export const positive = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name}: "${value}" is not a positive number`);
  return n;
};

/**
 * `npm run bench -- [--quick] [--json FILE] [--devices N] [--rate R] [--consoles K] [--no-console]
 * [--console-profile] [--console-trace FILE] [--failover]` (and `--kills N` for bench:crash). `--failover`:
 * only the hot-standby figures.
 */
export function benchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: "boolean" },
      json: { type: "string" },
      devices: { type: "string" },
      rate: { type: "string" },
      consoles: { type: "string" },
      kills: { type: "string" },
      "serve-relay": { type: "boolean" },
      crash: { type: "boolean" },
      soak: { type: "boolean" },
      failover: { type: "boolean" },
      "no-console": { type: "boolean" },
      "console-profile": { type: "boolean" },
      "console-trace": { type: "string" },
    },
    strict: true,
  });
  return {
    quick: values.quick ?? false,
    json: values.json ?? null,
    devices: Math.round(positive("devices", values.devices, 500)),
    rate: positive("rate", values.rate, 2),
    consoles: Math.round(positive("consoles", values.consoles, 5)),
    kills: Math.round(positive("kills", values.kills, 20)),
    serveRelay: values["serve-relay"] ?? false,
    console: !(values["no-console"] ?? false),
    failoverOnly: values.failover ?? false,
    consoleProfile: values["console-profile"] ?? false,
    consoleTrace: values["console-trace"] ?? null,
  };
}
