import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { HUB_ACTOR } from "../../shared/journal/journalEvents";
import { startAlertMonitor } from "./alerts/alertMonitor";
import { type ClusterRole, type HubRoleView, singleHubRole } from "./cluster/clusterRole";
import { openReplicatedStore } from "./cluster/replicatedStore";
import { siteFeed } from "./cluster/siteFeed";
import { CommandRunner } from "./core/commandRunner";
import { HubCore } from "./core/hubCore";
import { startReadinessCrew } from "./demo/readinessCrew";
import { startRehearsalDirector } from "./demo/rehearsalDirector";
import { startDeviceEventRouter } from "./devices/deviceEventRouter";
import { DeviceGateway } from "./devices/deviceGateway";
import type { DeviceTokenStore } from "./devices/deviceTokens";
import { DEVICE_TOKENS_FILE, DeviceTokens } from "./devices/deviceTokens";
import { startDisplayDriver } from "./devices/displayDriver";
import { startObsLinks } from "./devices/obsEncoderLink";
import { InvalidEventFileError, loadEventFile } from "./eventFiles";
import type { Journal } from "./journal/journal";
import { openJournalStore, rollBackup } from "./journal/journalStore";
import type { SqliteJournal } from "./journal/sqliteJournal";
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
  /**
   * `nats://HOST:PORT[,...]`: the journal lives on a replicated JetStream stream shared by the site's
   * hubs (one primary, the others hot standbys). Without it, the SQLite file in the data dir (one PC).
   */
  journal?: string;
  /** With `journal`: which site's stream and lease this hub joins (default "main"). */
  site?: string;
  /** With `journal`: this hub's name among the site's hubs (default: host name and a random suffix). */
  hubId?: string;
  leaseTtlMs?: number;
  replicas?: number;
  /** With `journal`: other sites whose journals this site mirrors and shows (their JetStream domains). */
  remoteSites?: readonly string[];
  /** With `journal`: the address other PCs reach this hub at (default: the address it listens on). */
  advertiseUrl?: string;
  log?: (line: string) => void;
}

export interface RunningHub {
  url: string;
  port: number;
  core: HubCore;
  devices: DeviceGateway;
  tokens: DeviceTokenStore;
  role: HubRoleView;
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
  tokens: DeviceTokenStore,
  url: string,
  log: (line: string) => void,
) {
  const issued = new Map(
    (core.state.event?.devices ?? []).map((d) => [d.id, tokens.issue(d.id, new Date())]),
  );
  await tokens.settled();
  const simulator = await startSimulator({ hubUrl: url, tokens: issued, log });
  log(`simulator: ${issued.size} devices connecting`);
  return simulator;
}

interface OpenedHubStore {
  core: HubCore;
  tokens: DeviceTokenStore;
  /** The local SQLite file: the journal itself (one PC) or this hub's replica of the stream. */
  localJournal: SqliteJournal;
  /** Whether the command line's clock and event file may be applied: a fresh or a single-PC journal. */
  mayLoadFromCommandLine: () => boolean;
  role: (callbacks: { onPromoted: () => Promise<void>; onDemoted: (reason: string) => void }) => HubRoleView;
  close(): Promise<void>;
}

/** One PC: the SQLite journal and token file in the data dir, restored before anything else runs. */
function openLocalStore(options: HubOptions, log: (line: string) => void): OpenedHubStore {
  const { journal, notices } = openJournalStore(options.dataDir);
  for (const notice of notices) log(`journal: ${notice}`);
  log(
    journal.integrityCheck.ran
      ? `journal: integrity checked in ${Math.round(journal.integrityCheck.ms)} ms`
      : "journal: clean stop last time, integrity check skipped",
  );
  const core = new HubCore(journal satisfies Journal);
  const started = Date.now();
  const restored = core.restore();
  if (restored.replayed > 0 || restored.fromSnapshot > 0) {
    log(
      `journal: restored ${restored.fromSnapshot} events from a snapshot and replayed ${restored.replayed} in ${Date.now() - started} ms`,
    );
  }
  const tokens = new DeviceTokens(join(options.dataDir, DEVICE_TOKENS_FILE));
  return {
    core,
    tokens,
    localJournal: journal,
    mayLoadFromCommandLine: () => true,
    role: () => singleHubRole(core, "local"),
    close: async () => {
      tokens.close();
      core.snapshot();
      journal.closeCleanly();
    },
  };
}

/** A site: the journal on a JetStream stream, this hub primary or standby by a lease. */
async function openSiteStore(options: HubOptions & { journal: string }, log: (line: string) => void) {
  const store = await openReplicatedStore({
    journal: options.journal,
    dataDir: options.dataDir,
    ...(options.site === undefined ? {} : { site: options.site }),
    ...(options.hubId === undefined ? {} : { hubId: options.hubId }),
    ...(options.leaseTtlMs === undefined ? {} : { leaseTtlMs: options.leaseTtlMs }),
    ...(options.replicas === undefined ? {} : { replicas: options.replicas }),
    ...(options.remoteSites === undefined ? {} : { remoteSites: options.remoteSites }),
    log,
  });
  let role: ClusterRole | null = null;
  const opened: OpenedHubStore = {
    core: store.core,
    tokens: store.tokens,
    localJournal: store.replica,
    // Only the first hub on a fresh stream applies its command line: a take-over continues the journal.
    // Decided as a take-over starts, after it copied the stream: a later take-over continues the journal.
    mayLoadFromCommandLine: () => store.replica.lastSeq === 0,
    role: (callbacks) => {
      role = store.role(callbacks);
      return role;
    },
    close: async () => {
      await role?.stop();
      store.core.snapshot();
      store.replica.closeCleanly();
      await store.close();
    },
  };
  return { opened, store, startRole: (url: string) => (role as ClusterRole | null)?.start(url) };
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

  const site = options.journal ? await openSiteStore({ ...options, journal: options.journal }, log) : null;
  const store = site?.opened ?? openLocalStore(options, log);
  const { core, tokens } = store;
  const staticRoot = options.staticRoot ?? consoleBuildDir();
  const version = packageVersion();
  const devices = new DeviceGateway(core, tokens, {
    heartbeatMs: options.deviceHeartbeatMs ?? DEFAULT_HEARTBEAT_MS,
    log,
  });
  const runner = new CommandRunner(core, devices);
  const sites = site ? siteFeed(site.store.remotes) : undefined;
  const consoles = new ConsoleSocket(core, runner, devices, access, sites);
  let url = "";
  let simulator: Awaited<ReturnType<typeof startDemoSimulator>> | undefined;

  // What only the primary runs; a single PC is primary from the start, a site's hub when it takes over.
  const primaryWork: { stop: (() => void) | null } = { stop: null };
  const startPrimaryWork = async (reason: string) => {
    if (store.mayLoadFromCommandLine()) {
      if (JSON.stringify(core.state.event) !== JSON.stringify(loaded.event)) {
        core.record([{ type: "event.loaded", event: loaded.event, source: eventFile }], HUB_ACTOR);
      }
      const clockChange = startupClockChange(options, loaded.event, core.state, Date.now());
      if (clockChange) core.record([clockChange], HUB_ACTOR);
    }
    devices.markAllOffline(reason);
    const event = core.state.event ?? loaded.event;
    const stops = [
      startObsLinks(event.devices, devices, log),
      startDisplayDriver(core, devices, log),
      startDeviceEventRouter(core, devices, runner, log),
      startAlertMonitor(core, devices),
      options.demo ? startRehearsalDirector(core, log) : () => undefined,
      options.demo ? startReadinessCrew(core, log) : () => undefined,
    ];
    primaryWork.stop = () => {
      for (const stop of stops) stop();
      primaryWork.stop = null;
    };
    await core.whenDurable(core.state.seq);
  };
  const role = store.role({
    onPromoted: () => startPrimaryWork("hub took over"),
    onDemoted: (reason) => {
      primaryWork.stop?.();
      consoles.disconnectAll(`this hub is now a standby: ${reason}`);
      devices.disconnectAll("this hub is now a standby");
    },
  });
  if (!site) await startPrimaryWork("hub restarted");

  const server = createHubServer({
    api: { access, core, devices, runner, tokens, version, role, ...(sites ? { sites } : {}) },
    consoles,
    devices,
    role,
    staticRoot,
    log,
  });
  try {
    await listen(server, options.port ?? DEFAULT_PORT, host);
  } catch (error) {
    // Nothing else may hold the data dir: release it before reporting why the hub cannot start.
    primaryWork.stop?.();
    consoles.close();
    devices.close({ journal: false });
    await store.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  url = urlFor(address);
  if (site && !options.advertiseUrl && !isLoopbackHost(host) && /^(0\.0\.0\.0|::)$/.test(host))
    log(
      `cluster: listening on ${host}, announced as ${url}: pass --advertise http://THIS-PC:PORT so other PCs can reach it`,
    );
  await site?.startRole(options.advertiseUrl ?? url);

  const backup = () =>
    rollBackup(store.localJournal, options.dataDir, new Date())
      .then((file) => log(`journal: backup written to ${file}`))
      .catch((error: unknown) => log(`journal: backup failed: ${(error as Error).message}`));
  const backupTimer = setInterval(backup, BACKUP_EVERY_MS);
  backupTimer.unref();
  void backup();

  // The in-process simulator issues fresh tokens at every start, so it belongs to a single PC's demo.
  if (!site && options.demo && options.simulate !== false)
    simulator = await startDemoSimulator(core, tokens, url, log);

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      clearInterval(backupTimer);
      simulator?.stop();
      primaryWork.stop?.();
      consoles.close();
      devices.close({ journal: role.isPrimary });
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    })();
    return closing;
  };
  log(
    site
      ? `data: ${options.dataDir} (replica of ${site.store.journal.streamName} through ${store.localJournal.driver})`
      : `data: ${options.dataDir} (SQLite through ${store.localJournal.driver})`,
  );
  return { url, port: address.port, core, devices, tokens, role, close };
}
