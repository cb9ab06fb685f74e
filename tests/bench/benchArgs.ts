import { parseArgs } from "node:util";

export interface BenchArgs {
  quick: boolean;
  json: string | null;
  devices: number;
  rate: number;
  consoles: number;
  kills: number;
  serveRelay: boolean;
}

const positive = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name}: "${value}" is not a positive number`);
  return n;
};

/** `npm run bench -- [--quick] [--json FILE] [--devices N] [--rate R] [--consoles K]` (and `--kills N` for bench:crash). */
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
  };
}
