import type { IncomingMessage, ServerResponse } from "node:http";
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

export function httpActor(req: IncomingMessage): Actor {
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

export async function readJsonBody(
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
