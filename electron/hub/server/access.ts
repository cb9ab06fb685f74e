import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Operator } from "../../../shared/access/operators";
import { formatPath } from "../../../shared/validation/problems";
import { headerText, sendJson } from "./httpJson";

/**
 * Who may reach the hub. With an access code (required when the hub listens beyond this machine), every
 * console and API client presents it; without one, the hub is reachable from this machine only.
 */
export interface AccessPolicy {
  accessCode: string | null;
}

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

/** Constant-time comparison, so the code cannot be guessed a character at a time from response times. */
export function codeMatches(policy: AccessPolicy, presented: string | null | undefined): boolean {
  if (policy.accessCode === null) return true;
  if (typeof presented !== "string") return false;
  return timingSafeEqual(digest(policy.accessCode), digest(presented));
}

/** `Authorization: Bearer CODE`. */
export function bearerCode(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  const match = typeof header === "string" ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  return match?.[1] ?? null;
}

/**
 * The operator an API call acts as: `X-Operator` (name), `X-Role`, and `X-Rooms` (comma-separated, for a
 * stage manager). Without them the call may read but not change anything.
 */
export function operatorFromHeaders(
  req: IncomingMessage,
): { ok: true; operator: Operator } | { ok: false; error: string; field: string } {
  const rooms = headerText(req, "x-rooms", 2000);
  const parsed = Operator.safeParse({
    name: headerText(req, "x-operator"),
    role: headerText(req, "x-role"),
    rooms: rooms
      ? rooms
          .split(",")
          .map((r) => r.trim())
          .filter(Boolean)
      : [],
  });
  if (parsed.success) return { ok: true, operator: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue ? formatPath(issue.path) : "name";
  const header =
    { name: "X-Operator", role: "X-Role", rooms: "X-Rooms" }[field.split(/[.[]/)[0] ?? ""] ?? "X-Operator";
  return {
    ok: false,
    field: header,
    error: `say who you are with the headers X-Operator (your name), X-Role (stage-manager, interpreter-coordinator, duty-officer or viewer) and, for a stage manager, X-Rooms: ${header}: ${issue?.message ?? "missing"}`,
  };
}

/**
 * The operator behind a request that changes something; answers 403 itself (saying how to identify) when
 * the headers are missing or invalid.
 */
export function identify(req: IncomingMessage, res: ServerResponse): Operator | null {
  const who = operatorFromHeaders(req);
  if (who.ok) return who.operator;
  sendJson(res, 403, { ok: false, error: who.error, code: "forbidden", field: who.field });
  return null;
}

/** Answers 401 unless the request carries the hub's access code (when it has one). */
export function requireCode(policy: AccessPolicy, req: IncomingMessage, res: ServerResponse): boolean {
  if (codeMatches(policy, bearerCode(req))) return true;
  sendJson(res, 401, {
    ok: false,
    error: "this hub needs its access code: send it as Authorization: Bearer CODE",
    code: "unauthorized",
  });
  return false;
}
