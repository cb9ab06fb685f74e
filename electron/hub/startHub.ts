import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { HUB_ACTOR } from "../../shared/journal/journalEvents";
import { startAlertMonitor } from "./alerts/alertMonitor";
import { CommandRunner } from "./core/commandRunner";
import { HubCore } from "./core/hubCore";
import { startReadinessCrew } from "./demo/readinessCrew";
import { startRehearsalDirector } from "./demo/rehearsalDirector";
import { startDeviceEventRouter } from "./devices/deviceEventRouter";
import { DeviceGateway } from "./devices/deviceGateway";
import { DEVICE_TOKENS_FILE, DeviceTokens } from "./devices/deviceTokens";
import { startDisplayDriver } from "./devices/displayDriver";
import { startObsLinks } from "./devices/obsEncoderLink";
import { InvalidEventFileError, loadEventFile } from "./eventFiles";
import { openJournalStore, rollBackup } from "./journal/journalStore";
import { bundledEventFile, consoleBuildDir, packageVersion } from "./paths";
import type { AccessPolicy } from "./server/access";
import { ConsoleSocket } from "./server/consoleSocket";
import { createHubServer, listen } from "./server/hubServer";
import { startSimulator } from "./simulator/simulator";
import { type ClockOptions, startupClockChange } from "./startupClock";

export interface HubOptions extends ClockOptions {
  /** Demo only: run the device simulator in-process (default true with demo). */
  simulate?: boolean;
  /** How often devices must send a frame; offline after three intervals of silence. */
  deviceHeartbeatMs?: number;
  dataDir: string;
  eventFile?: string;
  host?: string;
  /** 0 takes a free port. */
  port?: number;
  staticRoot?: string;
  /** Every console and API client must present it; required when the host is not loopback. */
  accessCode?: string;
  log?: (line: string) => void;
}

export interface RunningHub {
  url: string;
  port: number;
  core: HubCore;
  devices: DeviceGateway;
  tokens: DeviceTokens;
  close(): Promise<void>;
}

const BACKUP_EVERY_MS = 60 * 60 * 1000;
const DEFAULT_PORT = 4180;
const DEFAULT_HEARTBEAT_MS = 5_000;

const isLoopbackHost = (host: string) => host === "localhost" || /^(127\.|::1$|::ffff:127\.)/.test(host);

/** A hub reachable from the network must not be open to anyone on it. */
export class AccessCodeRequiredError extends Error {
  constructor(host: string) {
    super(
      `the hub listens on ${host}, beyond this machine: start it with --access-code CODE so only the control room can use it`,
    );
  }
}

function urlFor(address: AddressInfo): string {
  const host = address.address === "0.0.0.0" || address.address === "::" ? "127.0.0.1" : address.address;
  return `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
}

/** Demo: every device of the event gets a fresh token and is simulated through the real protocol. */
async function startDemoSimulator(
  core: HubCore,
  tokens: DeviceTokens,
  url: string,
  log: (line: string) => void,
) {
  const issued = new Map(
    (core.state.event?.devices ?? []).map((d) => [d.id, tokens.issue(d.id, new Date())]),
  );
  const simulator = await startSimulator({ hubUrl: url, tokens: issued, log });
  log(`simulator: ${issued.size} devices connecting`);
  return simulator;
}

/** Starts the hub: journal restored, event loaded, HTTP + WebSocket server listening. */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const log = options.log ?? ((line: string) => console.error(line));
  const eventFile = options.eventFile ?? bundledEventFile();
  const host = options.host ?? "127.0.0.1";
  const access: AccessPolicy = { accessCode: options.accessCode ?? null };
  if (access.accessCode === null && !isLoopbackHost(host)) throw new AccessCodeRequiredError(host);
  const loaded = loadEventFile(eventFile);
  if (!loaded.ok) throw new InvalidEventFileError(eventFile, loaded.problems);

  const { journal, notices } = openJournalStore(options.dataDir);
  for (const notice of notices) log(`journal: ${notice}`);
  log(
    journal.integrityCheck.ran
      ? `journal: integrity checked in ${Math.round(journal.integrityCheck.ms)} ms`
      : "journal: clean stop last time, integrity check skipped",
  );
  const core = new HubCore(journal);
  const started = Date.now();
  const restored = core.restore();
  if (restored.replayed > 0 || restored.fromSnapshot > 0) {
    log(
      `journal: restored ${restored.fromSnapshot} events from a snapshot and replayed ${restored.replayed} in ${Date.now() - started} ms`,
    );
  }
  if (JSON.stringify(core.state.event) !== JSON.stringify(loaded.event)) {
    core.record([{ type: "event.loaded", event: loaded.event, source: eventFile }], HUB_ACTOR);
  }
  const clockChange = startupClockChange(options, loaded.event, core.state, Date.now());
  if (clockChange) core.record([clockChange], HUB_ACTOR);

  const staticRoot = options.staticRoot ?? consoleBuildDir();
  const version = packageVersion();
  const tokens = new DeviceTokens(join(options.dataDir, DEVICE_TOKENS_FILE));
  const devices = new DeviceGateway(core, tokens, {
    heartbeatMs: options.deviceHeartbeatMs ?? DEFAULT_HEARTBEAT_MS,
    log,
  });
  devices.markAllOffline("hub restarted");
  const runner = new CommandRunner(core, devices);
  const consoles = new ConsoleSocket(core, runner, devices, access);
  const stopObsLinks = startObsLinks(loaded.event.devices, devices, log);
  const stopDisplayDriver = startDisplayDriver(core, devices, log);
  const stopEventRouter = startDeviceEventRouter(core, devices, runner, log);
  const stopAlertMonitor = startAlertMonitor(core, devices);
  const stopDirector = options.demo ? startRehearsalDirector(core, log) : () => undefined;
  const stopCrew = options.demo ? startReadinessCrew(core, log) : () => undefined;
  const server = createHubServer({
    api: { access, core, devices, runner, tokens, version },
    consoles,
    devices,
    staticRoot,
    log,
  });
  try {
    await listen(server, options.port ?? DEFAULT_PORT, host);
  } catch (error) {
    // Nothing else may hold the data dir: release it before reporting why the hub cannot start.
    for (const stop of [
      stopDirector,
      stopCrew,
      stopObsLinks,
      stopDisplayDriver,
      stopEventRouter,
      stopAlertMonitor,
    ])
      stop();
    consoles.close();
    devices.close();
    tokens.close();
    journal.close();
    throw error;
  }
  const address = server.address() as AddressInfo;

  const backup = () =>
    rollBackup(journal, options.dataDir, new Date())
      .then((file) => log(`journal: backup written to ${file}`))
      .catch((error: unknown) => log(`journal: backup failed: ${(error as Error).message}`));
  const backupTimer = setInterval(backup, BACKUP_EVERY_MS);
  backupTimer.unref();
  void backup();

  const url = urlFor(address);
  const simulator =
    options.demo && options.simulate !== false ? await startDemoSimulator(core, tokens, url, log) : undefined;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      clearInterval(backupTimer);
      stopDirector();
      stopCrew();
      simulator?.stop();
      stopObsLinks();
      stopDisplayDriver();
      stopEventRouter();
      stopAlertMonitor();
      consoles.close();
      devices.close();
      tokens.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      core.snapshot();
      journal.closeCleanly();
    })();
    return closing;
  };
  log(`data: ${options.dataDir} (SQLite through ${journal.driver})`);
  return { url, port: address.port, core, devices, tokens, close };
}
