import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server, type Socket, connect as tcpConnect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";

/**
 * Real nats-server processes on loopback for tests and benches: a JetStream cluster (the venue's main
 * site) and single-server leaf sites with their own JetStream domain, linked through a proxy that can
 * drop the link between the sites.
 */

export interface NatsCluster {
  /** One client URL per node, "nats://127.0.0.1:PORT". */
  urls: string[];
  /** All client URLs comma-joined, for clients that fail over between nodes. */
  url: string;
  /** The leaf node listen URL of every node, "nats-leaf://127.0.0.1:PORT". */
  leafUrls: string[];
  /** The cluster's JetStream domain. */
  jetStreamDomain: string;
  name: string;
  /** Temp directory holding each node's config, store and log. */
  dir: string;
  /** Stops node i and waits for its exit; SIGTERM is graceful, so its leaderships move at once. */
  stopNode(i: number, signal?: NodeJS.Signals): Promise<void>;
  /** Hard kill, as a crash or a power cut would do. */
  killNode(i: number): Promise<void>;
  /** Restarts node i with the same config and store and waits until it answers with JetStream. */
  startNode(i: number): Promise<void>;
  /** Everything node i logged so far (across restarts). */
  logs(i: number): string;
  /** Kills every node and removes the temp directory. */
  close(): Promise<void>;
}

export interface NatsLeaf {
  /** Client URL of the leaf site's server. */
  url: string;
  jetStreamDomain: string;
  name: string;
  dir: string;
  /** Drops the link to the main site: open connections are destroyed and new ones refused. */
  cutLink(): void;
  /** Lets the leaf connect to the main site again (it retries on its own, about every second). */
  healLink(): void;
  /** Resolves once the main site's JetStream answers through the leaf connection. */
  waitLinked(timeoutMs?: number): Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<void>;
  start(): Promise<void>;
  logs(): string;
  /** Kills the server, closes the link proxy and removes the temp directory. */
  close(): Promise<void>;
}

const START_TIMEOUT_MS = 20_000;

const NATS_MISSING = "nats-server is not installed: .ci/run installs Debian's nats-server";

/** The suites that need nats-server fail at once, saying so, where it is missing (.ci/run installs it). */
export function requireNatsServer(): void {
  if (!findNatsServer()) throw new Error(NATS_MISSING);
}

/** The nats-server binary: NATS_SERVER, then PATH, then Debian's locations; null when there is none. */
export function findNatsServer(): string | null {
  const fromEnv = process.env.NATS_SERVER;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  try {
    const found = execFileSync("sh", ["-c", "command -v nats-server"], { encoding: "utf8" }).trim();
    if (found) return found;
  } catch {
    // Not on PATH; try the package locations below.
  }
  for (const candidate of ["/usr/sbin/nats-server", "/usr/bin/nats-server"]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

// Every server and temp directory this process made, so none outlives it even when a test aborts
// before close().
const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
    for (const dir of tempDirs) {
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch {
        // Best effort: a server killed a moment ago may still hold a file open.
      }
    }
  });
}
function track(child: ChildProcess): void {
  installExitHook();
  children.add(child);
  child.once("exit", () => children.delete(child));
}
function makeTempDir(prefix: string): string {
  installExitHook();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}
function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/**
 * Free loopback ports, all held open together until every one is allocated so none is handed out twice.
 * Another process may still take one before the server binds it; on a test machine that is rare.
 */
async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    const ports: number[] = [];
    for (let i = 0; i < count; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((ok, fail) => {
        server.once("error", fail);
        server.listen(0, "127.0.0.1", ok);
      });
      const address = server.address();
      if (!address || typeof address === "string") throw new Error("no port from the loopback listener");
      ports.push(address.port);
    }
    return ports;
  } finally {
    await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** One server process: its config, store and log stay in `dir` across restarts. */
class ServerNode {
  child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();

  constructor(
    readonly bin: string,
    readonly dir: string,
    readonly url: string,
  ) {}

  get configFile() {
    return join(this.dir, "server.conf");
  }
  get logFile() {
    return join(this.dir, "server.log");
  }

  spawn(): void {
    if (this.child) throw new Error(`nats-server in ${this.dir} is already running`);
    // Appended, so a restart keeps the earlier run's log for diagnosis.
    const log = openSync(this.logFile, "a");
    try {
      const child = spawn(this.bin, ["-c", this.configFile], { stdio: ["ignore", log, log] });
      track(child);
      this.child = child;
      this.exited = new Promise((done) =>
        child.once("exit", () => {
          if (this.child === child) this.child = null;
          done();
        }),
      );
    } finally {
      closeSync(log);
    }
  }

  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill(signal);
    await this.exited;
  }

  logs(): string {
    return existsSync(this.logFile) ? readFileSync(this.logFile, "utf8") : "";
  }

  /**
   * Waits until the server accepts a client and answers a JetStream account request (which needs a meta
   * leader in a cluster), through `domain` when given.
   */
  async waitJetStream(domain: string | undefined, timeoutMs = START_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      if (!this.child) throw new Error(`nats-server exited during start-up:\n${this.logs()}`);
      try {
        const nc = await connect({
          servers: this.url,
          ignoreClusterUpdates: true,
          reconnect: false,
          timeout: 1_000,
        });
        try {
          const jsm = await jetstreamManager(nc, { timeout: 1_000, ...(domain ? { domain } : {}) });
          await jsm.getAccountInfo();
          return;
        } finally {
          await nc.close();
        }
      } catch (err) {
        last = err;
        await sleep(200);
      }
    }
    throw new Error(
      `nats-server at ${this.url} gave no JetStream answer within ${timeoutMs} ms (${String(last)}):\n${this.logs()}`,
    );
  }
}

const quote = (s: string) => JSON.stringify(s);

/**
 * Starts a JetStream cluster of `nodes` servers, each with its own store, and waits for a meta leader.
 * With one node the server runs standalone (still with the domain and the leaf node listener).
 */
export async function startNatsCluster({
  nodes = 3,
  name = "venue",
  jetStreamDomain = "main",
}: {
  nodes?: number;
  name?: string;
  jetStreamDomain?: string;
} = {}): Promise<NatsCluster> {
  const bin = findNatsServer();
  if (!bin) throw new Error("nats-server is not installed");
  const dir = makeTempDir("venue-ops-nats-");
  const ports = await freePorts(nodes * 3);
  const clientPorts = ports.slice(0, nodes);
  const routePorts = ports.slice(nodes, nodes * 2);
  const leafPorts = ports.slice(nodes * 2);
  const servers = clientPorts.map((port, i) => {
    const nodeDir = mkdtempSync(join(dir, `n${i}-`));
    const node = new ServerNode(bin, nodeDir, `nats://127.0.0.1:${port}`);
    const routes = routePorts.map((p) => `    nats-route://127.0.0.1:${p}`).join("\n");
    // A lone server with a cluster block waits for routes forever and never gets a meta leader.
    const cluster =
      nodes > 1
        ? `cluster {
  name: ${quote(name)}
  listen: "127.0.0.1:${routePorts[i]}"
  routes [
${routes}
  ]
}
`
        : "";
    writeFileSync(
      node.configFile,
      `server_name: ${quote(`${name}-${i}`)}
listen: "127.0.0.1:${port}"
jetstream {
  store_dir: ${quote(join(nodeDir, "store"))}
  max_mem: 64MB
  max_file: 1GB
  domain: ${quote(jetStreamDomain)}
}
${cluster}leafnodes {
  listen: "127.0.0.1:${leafPorts[i]}"
  # A leaf adds the URL a node advertises to its remotes, which would bypass the site link proxy; an
  # address that refuses connections at once keeps leaves on their configured URLs.
  advertise: "127.0.0.1:1"
  no_advertise: true
}
`,
    );
    return node;
  });
  const node = (i: number) => {
    const n = servers[i];
    if (!n) throw new Error(`no node ${i} in a cluster of ${nodes}`);
    return n;
  };

  const close = async () => {
    await Promise.all(servers.map((s) => s.stop("SIGKILL")));
    removeTempDir(dir);
  };

  try {
    for (const s of servers) s.spawn();
    await Promise.all(servers.map((s) => s.waitJetStream(undefined)));
  } catch (err) {
    await close();
    throw err;
  }

  return {
    urls: servers.map((s) => s.url),
    url: servers.map((s) => s.url).join(","),
    leafUrls: leafPorts.map((p) => `nats-leaf://127.0.0.1:${p}`),
    jetStreamDomain,
    name,
    dir,
    stopNode: (i, signal = "SIGTERM") => node(i).stop(signal),
    killNode: (i) => node(i).stop("SIGKILL"),
    startNode: async (i) => {
      node(i).spawn();
      await node(i).waitJetStream(undefined);
    },
    logs: (i) => node(i).logs(),
    close,
  };
}

/**
 * A TCP relay standing in for the link between two sites: cut() destroys every relayed connection and
 * refuses new ones until heal().
 */
class LinkProxy {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private cut = false;

  constructor(
    readonly port: number,
    target: number,
  ) {
    this.server = createServer((inbound) => {
      if (this.cut) {
        inbound.destroy();
        return;
      }
      const outbound = tcpConnect(target, "127.0.0.1");
      for (const [a, b] of [
        [inbound, outbound],
        [outbound, inbound],
      ] as const) {
        this.sockets.add(a);
        a.pipe(b);
        a.on("error", () => b.destroy());
        a.on("close", () => {
          this.sockets.delete(a);
          b.destroy();
        });
      }
    });
  }

  listen(): Promise<void> {
    return new Promise((ok, fail) => {
      this.server.once("error", fail);
      this.server.listen(this.port, "127.0.0.1", ok);
    });
  }

  setCut(cut: boolean): void {
    this.cut = cut;
    if (cut) for (const s of this.sockets) s.destroy();
  }

  close(): Promise<void> {
    this.setCut(true);
    return new Promise((done) => this.server.close(() => done()));
  }
}

/**
 * Starts a second site: one server with its own JetStream domain that joins `hubCluster` as a leaf node
 * through a proxy per cluster node, and waits until the main site's JetStream answers over the link.
 */
export async function startNatsLeaf({
  hubCluster,
  jetStreamDomain,
  name,
}: {
  hubCluster: NatsCluster;
  jetStreamDomain: string;
  name: string;
}): Promise<NatsLeaf> {
  const bin = findNatsServer();
  if (!bin) throw new Error("nats-server is not installed");
  const dir = makeTempDir(`venue-ops-nats-${name}-`);
  const ports = await freePorts(1 + hubCluster.leafUrls.length);
  const [clientPort, ...proxyPorts] = ports as [number, ...number[]];
  const proxies = proxyPorts.map((port, i) => {
    const target = Number(new URL(hubCluster.leafUrls[i]!).port);
    return new LinkProxy(port, target);
  });
  const server = new ServerNode(bin, dir, `nats://127.0.0.1:${clientPort}`);
  writeFileSync(
    server.configFile,
    `server_name: ${quote(name)}
listen: "127.0.0.1:${clientPort}"
jetstream {
  store_dir: ${quote(join(dir, "store"))}
  max_mem: 64MB
  max_file: 1GB
  domain: ${quote(jetStreamDomain)}
}
leafnodes {
  remotes [
    { urls: [${proxyPorts.map((p) => quote(`nats-leaf://127.0.0.1:${p}`)).join(", ")}] }
  ]
}
`,
  );

  const close = async () => {
    await server.stop("SIGKILL");
    await Promise.all(proxies.map((p) => p.close()));
    removeTempDir(dir);
  };
  const waitLinked = (timeoutMs = START_TIMEOUT_MS) =>
    server.waitJetStream(hubCluster.jetStreamDomain, timeoutMs);

  try {
    await Promise.all(proxies.map((p) => p.listen()));
    server.spawn();
    await server.waitJetStream(jetStreamDomain);
    await waitLinked();
  } catch (err) {
    await close();
    throw err;
  }

  return {
    url: server.url,
    jetStreamDomain,
    name,
    dir,
    cutLink: () => {
      for (const p of proxies) p.setCut(true);
    },
    healLink: () => {
      for (const p of proxies) p.setCut(false);
    },
    waitLinked,
    stop: (signal = "SIGTERM") => server.stop(signal),
    start: async () => {
      server.spawn();
      await server.waitJetStream(jetStreamDomain);
    },
    logs: () => server.logs(),
    close,
  };
}
