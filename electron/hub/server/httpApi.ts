import type { IncomingMessage, ServerResponse } from "node:http";
import { parseCommand } from "../../../shared/commands/parseCommand";
import type { Actor } from "../../../shared/live/liveState";
import type { HubCore } from "../core/hubCore";
import type { DeviceGateway } from "../devices/deviceGateway";
import { apiState, describeClock } from "./apiState";
import { isSameOrigin } from "./origin";

const MAX_BODY_BYTES = 1 << 20;

export interface ApiContext {
  core: HubCore;
  devices: DeviceGateway;
  version: string;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`body larger than ${MAX_BODY_BYTES} bytes`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function httpActor(req: IncomingMessage): Actor {
  const header = (name: string) => {
    const value = req.headers[name];
    return typeof value === "string" && value.trim() !== "" ? value.trim().slice(0, 80) : undefined;
  };
  return {
    operator: header("x-operator") ?? "http-api",
    role: "api",
    workstation: header("x-workstation") ?? req.socket.remoteAddress ?? "unknown",
  };
}

const STATUS_FOR_ERROR = { invalid: 400, not_found: 404, refused: 409, unavailable: 503 } as const;

async function readJsonBody(
  req: IncomingMessage,
  res: ServerResponse,
): Promise<{ ok: true; body: unknown } | { ok: false }> {
  if (!isSameOrigin(req)) {
    sendJson(res, 403, { ok: false, error: { code: "refused", message: "cross-origin request refused" } });
    return { ok: false };
  }
  if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
    sendJson(res, 415, {
      ok: false,
      error: { code: "invalid", message: "send the body as application/json" },
    });
    return { ok: false };
  }
  try {
    return { ok: true, body: JSON.parse(await readBody(req)) };
  } catch (error) {
    sendJson(res, 400, {
      ok: false,
      error: { code: "invalid", message: `body is not valid JSON: ${(error as Error).message}` },
    });
    return { ok: false };
  }
}

/** POST /api/devices/ID/commands {name, args}: answers with the device's ack, or 504 after 5 s. */
async function postDeviceCommand(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  deviceId: string,
): Promise<void> {
  const read = await readJsonBody(req, res);
  if (!read.ok) return;
  const { name, args } = (read.body ?? {}) as { name?: unknown; args?: unknown };
  if (typeof name !== "string")
    return sendJson(res, 400, {
      ok: false,
      error: { code: "invalid", field: "name", message: "name: a command name is required" },
    });
  const result = await ctx.devices.sendCommand(deviceId, name, args ?? {});
  if (result.ok) return sendJson(res, 200, { ok: true });
  const status = result.timedOut
    ? 504
    : result.rejected
      ? 502
      : result.notSent === "not_connected"
        ? 409
        : 400;
  sendJson(res, status, {
    ok: false,
    error: { code: result.timedOut ? "timeout" : "failed", message: result.error },
  });
}

async function postCommand(ctx: ApiContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!isSameOrigin(req))
    return sendJson(res, 403, {
      ok: false,
      error: { code: "refused", message: "cross-origin request refused" },
    });
  if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
    return sendJson(res, 415, {
      ok: false,
      error: { code: "invalid", message: "send the command as application/json" },
    });
  }
  let input: unknown;
  try {
    input = JSON.parse(await readBody(req));
  } catch (error) {
    return sendJson(res, 400, {
      ok: false,
      error: { code: "invalid", message: `body is not valid JSON: ${(error as Error).message}` },
    });
  }
  const { id, ...rest } = (input ?? {}) as { id?: unknown };
  const parsed = parseCommand(rest);
  if (!parsed.ok) return sendJson(res, 400, { ok: false, error: parsed.error });
  const commandId = typeof id === "string" && id.length <= 80 ? id : undefined;
  const result = ctx.core.execute(parsed.command, httpActor(req), commandId);
  if (!result.ok) return sendJson(res, STATUS_FOR_ERROR[result.error.code], result);
  sendJson(res, 200, { ok: true, seq: result.seq, events: result.events.length });
}

/** GET /api/devices: each device's registration, journaled health and in-memory telemetry. */
function deviceList(ctx: ApiContext) {
  const { event, devices } = ctx.core.state;
  return Object.fromEntries(
    (event?.devices ?? []).map((definition) => {
      return [
        definition.id,
        { ...definition, ...devices[definition.id], ...ctx.devices.telemetryView(definition.id) },
      ];
    }),
  );
}

/** Handles /api/*; returns false for paths it does not own. */
export async function handleApi(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<boolean> {
  const method = req.method ?? "GET";
  if (path === "/api/health" && method === "GET") {
    const state = ctx.core.state;
    sendJson(res, 200, {
      ok: true,
      version: ctx.version,
      event: state.event ? { id: state.event.event.id, name: state.event.event.name } : null,
      seq: state.seq,
      clock: describeClock(state, Date.now()),
    });
    return true;
  }
  if (path === "/api/state" && method === "GET") {
    sendJson(res, 200, apiState(ctx.core.state, Date.now()));
    return true;
  }
  if (path === "/api/devices" && method === "GET") {
    sendJson(res, 200, deviceList(ctx));
    return true;
  }
  if (path === "/api/commands" && method === "POST") {
    await postCommand(ctx, req, res);
    return true;
  }
  const deviceCommand = /^\/api\/devices\/([^/]+)\/commands$/.exec(path);
  if (deviceCommand?.[1] && method === "POST") {
    await postDeviceCommand(ctx, req, res, decodeURIComponent(deviceCommand[1]));
    return true;
  }
  if (path.startsWith("/api/")) {
    sendJson(res, 404, {
      ok: false,
      error: { code: "not_found", message: `no such endpoint: ${method} ${path}` },
    });
    return true;
  }
  return false;
}
