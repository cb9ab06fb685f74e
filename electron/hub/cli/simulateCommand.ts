import { join } from "node:path";
import { parseArgs } from "node:util";
import { DEVICE_TOKENS_FILE, DeviceTokens } from "../devices/deviceTokens";
import { defaultDataDir } from "../paths";
import { HubAddresses } from "../simulator/hubAddresses";
import { startSimulator } from "../simulator/simulator";
import { UsageError } from "./usage";

/**
 * `venue-ops simulate --hub URL [--data-dir DIR] [--rate HZ] [--faults]`: simulates every device of the
 * hub's event. It provisions fresh tokens in the hub's data dir (same machine), which the running hub
 * honours at once; real devices of the same ids are disconnected, so this is for rehearsals.
 */
const authHeaders = (): Record<string, string> =>
  process.env.VENUE_OPS_ACCESS_CODE ? { authorization: `Bearer ${process.env.VENUE_OPS_ACCESS_CODE}` } : {};

/** The hub of the list that is primary (or a single PC's hub), and whether its journal is replicated. */
async function findPrimary(hubs: readonly string[]): Promise<{ url: string; replicated: boolean } | null> {
  for (const url of hubs) {
    const answer = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(3000) }).catch(() => null);
    if (!answer?.ok) continue;
    const { hub } = (await answer.json()) as { hub?: { role: string } };
    if (hub?.role === "standby") continue;
    return { url, replicated: hub?.role === "primary" };
  }
  return null;
}

/** Same machine, one PC: tokens go straight into the hub's token file, which it honours at once. */
function issueInDataDir(dataDir: string, deviceIds: string[]): Map<string, string> {
  const tokens = new DeviceTokens(join(dataDir, DEVICE_TOKENS_FILE));
  const issued = new Map(deviceIds.map((id) => [id, tokens.issue(id, new Date())]));
  tokens.close();
  return issued;
}

/** A site's tokens live in its replicated bucket: the primary issues them (VENUE_OPS_ACCESS_CODE if set). */
async function issueThroughApi(hub: string, deviceIds: string[]): Promise<Map<string, string>> {
  const issued = new Map<string, string>();
  for (const id of deviceIds) {
    const answer = await fetch(`${hub}/api/devices/${encodeURIComponent(id)}/token`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-operator": "Device simulator",
        "x-role": "duty-officer",
        ...authHeaders(),
      },
      body: "{}",
    });
    const body = (await answer.json()) as { token?: string; error?: string };
    if (!answer.ok || !body.token)
      throw new Error(`device ${id}: the hub refused a token (${body.error ?? answer.status})`);
    issued.set(id, body.token);
  }
  return issued;
}

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
  if (!values.hub) throw new UsageError("simulate needs --hub URL[,URL...] (the URL the hub printed)");
  const rate = values.rate === undefined ? 1 : Number(values.rate);
  if (!Number.isFinite(rate) || rate <= 0 || rate > 50)
    throw new UsageError(`--rate: "${values.rate}" is not a rate between 0 and 50 Hz`);
  const hubs = HubAddresses.parse(values.hub).all;
  const primary = await findPrimary(hubs);
  if (!primary) {
    console.error(`simulate: no hub answers as primary at ${hubs.join(", ")}`);
    return 1;
  }
  const state = await fetch(`${primary.url}/api/state`, { headers: authHeaders() }).catch(() => null);
  if (!state?.ok) {
    console.error(
      `simulate: the hub at ${primary.url} did not give its state (${state?.status ?? "no answer"})`,
    );
    return 1;
  }
  const { event } = (await state.json()) as { event: { devices: { id: string }[] } | null };
  const deviceIds = (event?.devices ?? []).map((d) => d.id);
  const issued = primary.replicated
    ? await issueThroughApi(primary.url, deviceIds)
    : issueInDataDir(values["data-dir"] ?? defaultDataDir(values.demo ?? false), deviceIds);
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
