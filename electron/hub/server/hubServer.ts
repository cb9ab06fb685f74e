import { createServer, type Server } from "node:http";
import { DEVICES_PATH } from "../../../shared/devices/frames";
import { CONSOLE_PATH } from "../../../shared/protocol/consoleProtocol";
import type { HubRoleView } from "../cluster/clusterRole";
import type { DeviceGateway } from "../devices/deviceGateway";
import type { ConsoleSocket } from "./consoleSocket";
import { type ApiContext, handleApi } from "./httpApi";
import { isSameOrigin } from "./origin";
import { serveStatic } from "./staticFiles";

/**
 * One PC: a page connects to its own hub only. A site of several hubs: a page may also reach other hubs,
 * to find the primary after a take-over. Any http(s) address, not a list: the page keeps the policy it was
 * loaded with, and a standby added after it loaded must still be reachable (a list went stale exactly
 * so). Scripts, styles and images still come from the page's own hub only.
 */
function securityHeaders(role: HubRoleView): Record<string, string> {
  const connect = role.role === "single" ? "'self'" : "'self' http: https: ws: wss:";
  return {
    "content-security-policy": `default-src 'self'; connect-src ${connect}; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'`,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  };
}

/** A standby's WebSocket answer: not here, and where the primary is (a header devices and tools can read). */
function standbyUpgradeRefusal(role: HubRoleView): string {
  const { primary } = role.status();
  const hint = primary ? `x-venue-ops-primary: ${primary.url}\r\n` : "";
  return `HTTP/1.1 503 Service Unavailable\r\n${hint}connection: close\r\n\r\n`;
}

export interface HubServerParts {
  api: ApiContext;
  consoles: ConsoleSocket;
  devices: DeviceGateway;
  role: HubRoleView;
  staticRoot: string;
  log: (line: string) => void;
}

/** One port for everything: the API, the built console and device pages, and both WebSocket endpoints. */
export function createHubServer({ api, consoles, devices, role, staticRoot, log }: HubServerParts): Server {
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(securityHeaders(role))) res.setHeader(name, value);
    const path = new URL(req.url ?? "/", "http://hub").pathname;
    handleApi(api, req, res, path)
      .then((handled) => {
        if (!handled) serveStatic(staticRoot, path, res);
      })
      .catch((error: unknown) => {
        log(`http: ${req.method} ${path} failed: ${(error as Error).message}`);
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end("internal error\n");
      });
  });
  // Longer than clients' keep-alive (undici keeps idle sockets 4 s): a client must never reuse a socket the
  // hub is closing at that instant, which shows up as ECONNRESET when the hub is busy.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on("upgrade", (req, socket, head) => {
    const path = new URL(req.url ?? "/", "http://hub").pathname;
    if ((path === CONSOLE_PATH || path === DEVICES_PATH) && !role.isPrimary) {
      socket.end(standbyUpgradeRefusal(role));
      return;
    }
    if (path === CONSOLE_PATH && isSameOrigin(req)) return consoles.handleUpgrade(req, socket, head);
    // Devices are not browsers on the hub's origin; they prove who they are with their token.
    if (path === DEVICES_PATH) return devices.handleUpgrade(req, socket, head);
    socket.end(`HTTP/1.1 ${path === CONSOLE_PATH ? "403 Forbidden" : "404 Not Found"}\r\n\r\n`);
  });
  return server;
}

/** Listens, resolving once bound; rejects with the system error (EADDRINUSE, EACCES) otherwise. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
