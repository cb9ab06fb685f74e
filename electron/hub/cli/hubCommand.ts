import { parseArgs } from "node:util";
import { ReplicaMismatchError } from "../cluster/jetStreamJournal";
import { JournalAddressError } from "../cluster/replicatedStore";
import { InvalidEventFileError } from "../eventFiles";
import { defaultDataDir } from "../paths";
import { AccessCodeRequiredError, startHub } from "../startHub";
import { UsageError } from "./usage";

const HUB_OPTIONS = {
  event: { type: "string" },
  "data-dir": { type: "string" },
  host: { type: "string" },
  port: { type: "string" },
  clock: { type: "string" },
  speed: { type: "string" },
  demo: { type: "boolean" },
  "device-heartbeat-ms": { type: "string" },
  "no-simulator": { type: "boolean" },
  "access-code": { type: "string" },
  journal: { type: "string" },
  site: { type: "string" },
  "hub-id": { type: "string" },
  "lease-ttl-ms": { type: "string" },
  replicas: { type: "string" },
  advertise: { type: "string" },
  "remote-site": { type: "string", multiple: true },
} as const;

function parseNumber(
  name: string,
  value: string | undefined,
  check: (n: number) => boolean,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || !check(n)) throw new UsageError(`--${name}: "${value}" is not valid`);
  return n;
}

/** `venue-ops hub`: runs the headless hub until SIGINT/SIGTERM. */
export async function hubCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: HUB_OPTIONS, strict: true, allowPositionals: false });
  const demo = values.demo ?? false;
  const port = parseNumber("port", values.port, (n) => Number.isInteger(n) && n >= 0 && n <= 65535);
  const speed = parseNumber("speed", values.speed, (n) => n > 0 && n <= 3600);
  const heartbeat = parseNumber(
    "device-heartbeat-ms",
    values["device-heartbeat-ms"],
    (n) => Number.isInteger(n) && n >= 100,
  );
  const leaseTtlMs = parseNumber(
    "lease-ttl-ms",
    values["lease-ttl-ms"],
    (n) => Number.isInteger(n) && n >= 1000 && n <= 60_000,
  );
  const replicas = parseNumber("replicas", values.replicas, (n) => n === 1 || n === 3 || n === 5);
  if (values.journal !== undefined && !/^(nats|tls):\/\//.test(values.journal.trim()))
    throw new UsageError(`--journal: "${values.journal}" is not nats://HOST:PORT[,HOST:PORT...]`);
  if (
    values.journal === undefined &&
    (values.site ?? values["hub-id"] ?? values.advertise ?? values["remote-site"]) !== undefined
  )
    throw new UsageError("--site, --hub-id, --advertise and --remote-site need --journal nats://HOST:PORT");
  if (values.advertise !== undefined && !/^https?:\/\/[^/]+/.test(values.advertise))
    throw new UsageError(`--advertise: "${values.advertise}" is not http://HOST:PORT`);
  // From the environment too, so the code need not show in the process list.
  const accessCode = values["access-code"] ?? process.env.VENUE_OPS_ACCESS_CODE;
  if (accessCode !== undefined && accessCode.trim().length < 6)
    throw new UsageError("--access-code: use at least 6 characters");
  try {
    const hub = await startHub({
      ...(accessCode === undefined ? {} : { accessCode: accessCode.trim() }),
      dataDir: values["data-dir"] ?? defaultDataDir(demo),
      ...(values.event === undefined ? {} : { eventFile: values.event }),
      ...(values.host === undefined ? {} : { host: values.host }),
      ...(port === undefined ? {} : { port }),
      ...(values.clock === undefined ? {} : { clock: values.clock }),
      ...(speed === undefined ? {} : { speed }),
      ...(heartbeat === undefined ? {} : { deviceHeartbeatMs: heartbeat }),
      ...(values.journal === undefined ? {} : { journal: values.journal }),
      ...(values.site === undefined ? {} : { site: values.site }),
      ...(values["hub-id"] === undefined ? {} : { hubId: values["hub-id"] }),
      ...(leaseTtlMs === undefined ? {} : { leaseTtlMs }),
      ...(replicas === undefined ? {} : { replicas }),
      ...(values["remote-site"] === undefined
        ? {}
        : { remoteSites: values["remote-site"].flatMap((v) => v.split(",")).map((v) => v.trim()) }),
      ...(values.advertise === undefined ? {} : { advertiseUrl: values.advertise.replace(/\/+$/, "") }),
      demo,
      simulate: !(values["no-simulator"] ?? false),
    });
    // The one line on stdout: scripts and tests wait for it and read the URL from it.
    process.stdout.write(`Venue Ops hub ready at ${hub.url}\n`);
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        console.error(`hub: ${signal} received, shutting down`);
        hub.close().then(resolve, resolve);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return 0;
  } catch (error) {
    if (
      error instanceof InvalidEventFileError ||
      error instanceof AccessCodeRequiredError ||
      error instanceof JournalAddressError ||
      error instanceof ReplicaMismatchError
    ) {
      console.error(error.message);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") {
      console.error(
        `hub: port ${port ?? 4180} is already in use; choose another with --port (0 takes a free one)`,
      );
      return 1;
    }
    throw error;
  }
}
