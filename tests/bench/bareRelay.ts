import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/**
 * The reference for the hub's ingest: a bare `ws` relay with no validation and no state. A device's first
 * frame is answered with a welcome; every later frame goes, unparsed, to every console, tagged with the
 * device id from the hello. Runs as its own process (`bench.mjs --serve-relay`), like the hub.
 */
export function serveRelay(): void {
  const consoles = new Set<WebSocket>();
  const devices = new WebSocketServer({ noServer: true });
  const consoleServer = new WebSocketServer({ noServer: true });
  const server = createServer();
  server.on("upgrade", (req, socket, head) => {
    const target = req.url?.startsWith("/console") ? consoleServer : devices;
    target.handleUpgrade(req, socket, head, (ws) => target.emit("connection", ws));
  });
  consoleServer.on("connection", (ws: WebSocket) => {
    consoles.add(ws);
    ws.on("close", () => consoles.delete(ws));
  });
  devices.on("connection", (ws: WebSocket) => {
    ws.once("message", (hello) => {
      const { deviceId } = JSON.parse(hello.toString()) as { deviceId: string };
      ws.send(JSON.stringify({ type: "welcome", protocol: 1, deviceId, heartbeatMs: 5_000 }));
      const prefix = Buffer.from(`${deviceId}\n`);
      ws.on("message", (data) => {
        // One buffer for every console, as the hub serialises a broadcast once.
        const frame = Buffer.concat([prefix, data as Buffer]);
        for (const viewer of consoles) viewer.send(frame, { binary: false });
      });
    });
  });
  server.listen(0, "127.0.0.1", () => {
    console.log(`relay ready at http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
}
