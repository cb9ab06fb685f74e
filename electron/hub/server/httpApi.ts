import type { IncomingMessage, ServerResponse } from "node:http";
import { parseCommand } from "../../../shared/commands/parseCommand";
import type { CommandRunner } from "../core/commandRunner";
import type { HubCore } from "../core/hubCore";
import type { DeviceGateway } from "../devices/deviceGateway";
import type { DeviceTokens } from "../devices/deviceTokens";
import { apiState, describeClock } from "./apiState";
import { handleDeviceApi } from "./deviceApi";
import { errorBody, httpActor, readJsonBody, sendJson } from "./httpJson";

export interface ApiContext {
  core: HubCore;
  devices: DeviceGateway;
  runner: CommandRunner;
  tokens: DeviceTokens;
  version: string;
}

const STATUS_FOR_ERROR = {
  invalid: 400,
  not_found: 404,
  refused: 409,
  unavailable: 503,
  forbidden: 403,
  conflict: 409,
} as const;

async function postCommand(ctx: ApiContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const read = await readJsonBody(req, res);
  if (!read.ok) return;
  const { id, ...rest } = (read.body ?? {}) as { id?: unknown };
  const parsed = parseCommand(rest);
  if (!parsed.ok) return sendJson(res, 400, errorBody(parsed.error));
  const commandId = typeof id === "string" && id.length <= 80 ? id : undefined;
  const result = await ctx.runner.run(parsed.command, httpActor(req), commandId);
  if (!result.ok) return sendJson(res, STATUS_FOR_ERROR[result.error.code], errorBody(result.error));
  sendJson(res, 200, result);
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
  if (path === "/api/commands" && method === "POST") {
    await postCommand(ctx, req, res);
    return true;
  }
  if (path.startsWith("/api/devices") && (await handleDeviceApi(ctx, req, res, path))) return true;
  if (path.startsWith("/api/")) {
    sendJson(res, 404, {
      ok: false,
      error: `no such endpoint: ${method} ${path}`,
      code: "not_found",
    });
    return true;
  }
  return false;
}
