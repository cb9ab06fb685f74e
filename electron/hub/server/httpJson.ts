import type { IncomingMessage, ServerResponse } from "node:http";
import type { CommandError } from "../../../shared/commands/commands";
import type { Actor } from "../../../shared/live/liveState";
import { isSameOrigin } from "./origin";

const MAX_BODY_BYTES = 1 << 20;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
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

/** Header values are Latin-1 on the wire; names in Chinese arrive percent-encoded. */
export function headerText(req: IncomingMessage, name: string, max = 80): string | undefined {
  const value = req.headers[name];
  if (typeof value !== "string" || value.trim() === "") return undefined;
  try {
    return decodeURIComponent(value.trim()).slice(0, max);
  } catch {
    return value.trim().slice(0, max);
  }
}

export function httpActor(req: IncomingMessage): Actor {
  return {
    operator: headerText(req, "x-operator") ?? "http-api",
    role: headerText(req, "x-role") ?? "api",
    workstation: headerText(req, "x-workstation") ?? req.socket.remoteAddress ?? "unknown",
  };
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * Requests that change something come from this machine only unless the hub has an access code (then the
 * code was checked already), and never from another site's page. Answers the refusal itself.
 */
export function mayChange(req: IncomingMessage, res: ServerResponse, remoteAllowed = false): boolean {
  if (!remoteAllowed && !LOOPBACK.test(req.socket.remoteAddress ?? "")) {
    sendJson(res, 403, {
      ok: false,
      error:
        "changes over HTTP are accepted from this machine only; start the hub with --access-code to accept them over the network",
      code: "refused",
    });
    return false;
  }
  if (!isSameOrigin(req)) {
    sendJson(res, 403, { ok: false, error: "cross-origin request refused", code: "refused" });
    return false;
  }
  return true;
}

export async function readJsonBody(
  req: IncomingMessage,
  res: ServerResponse,
  remoteAllowed = false,
): Promise<{ ok: true; body: unknown } | { ok: false }> {
  if (!mayChange(req, res, remoteAllowed)) return { ok: false };
  if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
    sendJson(res, 415, {
      ok: false,
      error: "send the body as application/json",
      code: "invalid",
    });
    return { ok: false };
  }
  try {
    return { ok: true, body: JSON.parse(await readBody(req)) };
  } catch (error) {
    sendJson(res, 400, {
      ok: false,
      error: `body is not valid JSON: ${(error as Error).message}`,
      code: "invalid",
    });
    return { ok: false };
  }
}

/**
 * Every HTTP error has one shape: `{ ok: false, error: "<what and why>", code, field? }`, so a
 * show-control script can print `error` as it is.
 */
export function errorBody(error: CommandError): { ok: false; error: string; code: string; field?: string } {
  return {
    ok: false,
    error: error.message,
    code: error.code,
    ...(error.field ? { field: error.field } : {}),
  };
}
