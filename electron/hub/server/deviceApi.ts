import type { IncomingMessage, ServerResponse } from "node:http";
import { authorizeDevice } from "../../../shared/access/permissions";
import { publicEventFile } from "../../../shared/live/publicView";
import { identify } from "./access";
import type { ApiContext } from "./httpApi";
import { httpActor, mayChange, readJsonBody, sendJson } from "./httpJson";
import { refuseOnStandby } from "./standby";

/** The operator's role must allow it (a viewer never); answers 403 or 404 itself. Unknown devices: 404. */
function mayActOnDevice(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  deviceId: string,
  action: "command" | "token",
): boolean {
  const operator = identify(req, res);
  if (!operator) return false;
  const event = ctx.core.state.event;
  const device = event?.devices.find((d) => d.id === deviceId);
  if (!event || !device) {
    sendJson(res, 404, { ok: false, error: `unknown device "${deviceId}"`, code: "not_found" });
    return false;
  }
  const permission = authorizeDevice(operator, device, event, action);
  if (permission.allowed) return true;
  sendJson(res, 403, { ok: false, error: permission.reason, code: "forbidden" });
  return false;
}

/** POST /api/devices/ID/commands {name, args}: answers with the device's ack, or 504 after 5 s. */
async function postDeviceCommand(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  deviceId: string,
): Promise<void> {
  const read = await readJsonBody(req, res, ctx.access.accessCode !== null);
  if (!read.ok || !mayActOnDevice(ctx, req, res, deviceId, "command")) return;
  const { name, args } = (read.body ?? {}) as { name?: unknown; args?: unknown };
  if (typeof name !== "string")
    return sendJson(res, 400, {
      ok: false,
      error: "name: a command name is required",
      code: "invalid",
      field: "name",
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
    error: result.error,
    code: result.timedOut ? "timeout" : "failed",
  });
}

async function settle(ctx: ApiContext): Promise<void> {
  await ctx.tokens.settled();
  await ctx.core.whenDurable(ctx.core.state.seq);
}

/**
 * POST /api/devices/ID/token issues a fresh token (revoking the old one); DELETE revokes it. The answer
 * waits until the token store and the journal have both stored the change.
 */
async function deviceToken(
  ctx: ApiContext,
  req: IncomingMessage,
  deviceId: string,
): Promise<{ status: number; body: unknown }> {
  if (!ctx.core.state.event?.devices.some((d) => d.id === deviceId)) {
    return {
      status: 404,
      body: { ok: false, error: `unknown device "${deviceId}"`, code: "not_found" },
    };
  }
  const actor = httpActor(req);
  if (req.method === "DELETE") {
    const revoked = ctx.tokens.revoke(deviceId);
    ctx.devices.tokenChanged(deviceId);
    if (revoked) ctx.core.record([{ type: "device.tokenRevoked", deviceId }], actor);
    await settle(ctx);
    return { status: 200, body: { ok: true, revoked } };
  }
  const token = ctx.tokens.issue(deviceId, new Date());
  ctx.devices.tokenChanged(deviceId);
  ctx.core.record([{ type: "device.tokenIssued", deviceId }], actor);
  await settle(ctx);
  return { status: 200, body: { ok: true, token } };
}

/** GET /api/devices: each device's registration, journaled health and in-memory telemetry. */
function deviceList(ctx: ApiContext) {
  const { event, devices } = ctx.core.state;
  return Object.fromEntries(
    (publicEventFile(event)?.devices ?? []).map((definition) => [
      definition.id,
      {
        ...definition,
        ...devices[definition.id],
        ...ctx.devices.telemetryView(definition.id),
        provisionedAt: ctx.tokens.issuedAt(definition.id),
      },
    ]),
  );
}

/** Routes under /api/devices; returns false for paths it does not own. */
export async function handleDeviceApi(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<boolean> {
  const method = req.method ?? "GET";
  if (path === "/api/devices" && method === "GET") {
    sendJson(res, 200, deviceList(ctx));
    return true;
  }
  const match = /^\/api\/devices\/([^/]+)\/(commands|token)$/.exec(path);
  const deviceId = match?.[1] ? decodeURIComponent(match[1]) : undefined;
  if (deviceId === undefined) return false;
  if (method !== "GET" && refuseOnStandby(ctx.role, res)) return true;
  if (match?.[2] === "commands" && method === "POST") {
    await postDeviceCommand(ctx, req, res, deviceId);
    return true;
  }
  if (match?.[2] === "token" && (method === "POST" || method === "DELETE")) {
    const remote = ctx.access.accessCode !== null;
    if (method === "POST" ? !(await readJsonBody(req, res, remote)).ok : !mayChange(req, res, remote))
      return true;
    if (!mayActOnDevice(ctx, req, res, deviceId, "token")) return true;
    const { status, body } = await deviceToken(ctx, req, deviceId);
    sendJson(res, status, body);
    return true;
  }
  return false;
}
