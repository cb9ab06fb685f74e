import { join } from "node:path";
import { parseArgs } from "node:util";
import { DEVICE_TOKENS_FILE, DeviceTokens } from "../devices/deviceTokens";
import { defaultDataDir } from "../paths";
import { startSimulator } from "../simulator/simulator";
import { UsageError } from "./usage";

/**
 * `venue-ops simulate --hub URL [--data-dir DIR] [--rate HZ] [--faults]`: simulates every device of the
 * hub's event. It provisions fresh tokens in the hub's data dir (same machine), which the running hub
 * honours at once; real devices of the same ids are disconnected, so this is for rehearsals.
 */
export async function simulateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      hub: { type: "string" },
      "data-dir": { type: "string" },
      demo: { type: "boolean" },
      rate: { type: "string" },
      faults: { type: "boolean" },
    },
    strict: true,
  });
  if (!values.hub) throw new UsageError("simulate needs --hub URL (the URL the hub printed)");
  const rate = values.rate === undefined ? 1 : Number(values.rate);
  if (!Number.isFinite(rate) || rate <= 0 || rate > 50)
    throw new UsageError(`--rate: "${values.rate}" is not a rate between 0 and 50 Hz`);
  const health = await fetch(`${values.hub}/api/state`).catch(() => null);
  if (!health?.ok) {
    console.error(`simulate: no hub answers at ${values.hub}`);
    return 1;
  }
  const { event } = (await health.json()) as { event: { devices: { id: string }[] } | null };
  const tokens = new DeviceTokens(
    join(values["data-dir"] ?? defaultDataDir(values.demo ?? false), DEVICE_TOKENS_FILE),
  );
  const issued = new Map((event?.devices ?? []).map((d) => [d.id, tokens.issue(d.id, new Date())]));
  tokens.close();
  const simulator = await startSimulator({
    hubUrl: values.hub,
    tokens: issued,
    rateHz: rate,
    faults: values.faults ?? false,
  });
  console.error(
    `simulate: ${issued.size} devices connecting to ${values.hub}${values.faults ? " with faults" : ""}; Ctrl+C stops`,
  );
  const report = setInterval(
    () => console.error(`simulate: ${simulator.onlineCount()}/${issued.size} online`),
    10_000,
  );
  await new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  clearInterval(report);
  simulator.stop();
  return 0;
}
