import type { IncomingMessage, ServerResponse } from "node:http";
import { parseCommand } from "../../../shared/commands/parseCommand";
import { venueNowMs } from "../../../shared/live/clock";
import { dayReport } from "../../../shared/reports/dayReport";
import type { HubRoleView } from "../cluster/clusterRole";
import type { CommandRunner } from "../core/commandRunner";
import type { HubCore } from "../core/hubCore";
import type { DeviceGateway } from "../devices/deviceGateway";
import type { DeviceTokenStore } from "../devices/deviceTokens";
import { type AccessPolicy, identify, requireCode } from "./access";
import { apiState, describeClock, publicProgramme } from "./apiState";
import type { SiteFeed } from "./consoleSocket";
import { handleDeviceApi } from "./deviceApi";
import { errorBody, httpActor, readJsonBody, sendJson } from "./httpJson";
import { refuseOnStandby } from "./standby";

export interface ApiContext {
  access: AccessPolicy;
  core: HubCore;
  devices: DeviceGateway;
  runner: CommandRunner;
  tokens: DeviceTokenStore;
  version: string;
  role: HubRoleView;
  /** Other sites this hub shows (a main control room with a satellite). */
  sites?: SiteFeed;
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
  const read = await readJsonBody(req, res, ctx.access.accessCode !== null);
  if (!read.ok) return;
  const operator = identify(req, res);
  if (!operator) return;
  const { id, baseSeq, ...rest } = (read.body ?? {}) as { id?: unknown; baseSeq?: unknown };
  const parsed = parseCommand(rest);
  if (!parsed.ok) return sendJson(res, 400, errorBody(parsed.error));
  const commandId = typeof id === "string" && id.length <= 80 ? id : undefined;
  const context = { operator, ...(Number.isInteger(baseSeq) ? { baseSeq: baseSeq as number } : {}) };
  const result = await ctx.runner.run(parsed.command, httpActor(req), commandId, context);
  if (!result.ok) return sendJson(res, STATUS_FOR_ERROR[result.error.code], errorBody(result.error));
  sendJson(res, 200, result);
}

/** GET /api/reports/day/DATE: the duty officer's day report, built from the state and the journal. */
function sendDayReport(ctx: ApiContext, res: ServerResponse, date: string): void {
  const state = ctx.core.published;
  const days = state.event?.event.days ?? [];
  if (!days.includes(date)) {
    sendJson(res, 404, {
      ok: false,
      error: `no event day ${date}; the days are ${days.join(", ")}`,
      code: "not_found",
      field: "date",
    });
    return;
  }
  const nowMs = venueNowMs(state.clock, Date.now());
  sendJson(res, 200, dayReport(state, ctx.core.journalEvents(), date, nowMs));
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
    const state = ctx.core.published;
    // Consoles served by another hub of the site read this to find the primary after a take-over.
    res.setHeader("access-control-allow-origin", "*");
    sendJson(res, 200, {
      ok: true,
      version: ctx.version,
      event: state.event ? { id: state.event.event.id, name: state.event.event.name } : null,
      seq: state.seq,
      clock: describeClock(state, Date.now()),
      access: { codeRequired: ctx.access.accessCode !== null },
      hub: ctx.role.status(),
      ...(ctx.sites
        ? { sites: ctx.sites.summaries().map(({ site, seq, link }) => ({ site, seq, link })) }
        : {}),
    });
    return true;
  }
  if (path === "/api/programme" && method === "GET") {
    sendJson(res, 200, publicProgramme(ctx.core.published));
    return true;
  }
  // Everything else is the control room's: with an access code, only for those who present it.
  if (path.startsWith("/api/") && !requireCode(ctx.access, req, res)) return true;
  if (path === "/api/state" && method === "GET") {
    sendJson(res, 200, apiState(ctx.core.published, Date.now()));
    return true;
  }
  const report = /^\/api\/reports\/day\/(\d{4}-\d{2}-\d{2})$/.exec(path);
  if (report?.[1] && method === "GET") {
    sendDayReport(ctx, res, report[1]);
    return true;
  }
  if (path === "/api/commands" && method === "POST") {
    if (refuseOnStandby(ctx.role, res)) return true;
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
