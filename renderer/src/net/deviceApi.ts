import type { DeviceKind } from "../../../shared/model/devices";

/** Kinds that have a page served by the hub at /device/<kind>; the others are hardware with their own firmware. */
export const PAGE_KINDS = ["stage-timer", "door-panel", "booth-console", "checkin-kiosk"] as const;
export type PageKind = (typeof PAGE_KINDS)[number] & DeviceKind;

export function hasDevicePage(kind: DeviceKind): kind is PageKind {
  return (PAGE_KINDS as readonly string[]).includes(kind);
}

/** How a command sent to a device ended, as POST /api/devices/ID/commands answers. */
export type DeviceCommandOutcome =
  | { outcome: "ok" }
  | { outcome: "refused" | "timeout" | "not-connected" | "invalid" | "failed"; message: string };

const JSON_HEADERS = { "content-type": "application/json" };

/** The hub's reason: `error` is the text (older hubs nested it as `error.message`). */
async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: string | { message?: string } };
    const reason = typeof body.error === "string" ? body.error : body.error?.message;
    return reason ?? `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

const path = (deviceId: string, what: "commands" | "token") =>
  `/api/devices/${encodeURIComponent(deviceId)}/${what}`;

export async function sendDeviceCommand(
  deviceId: string,
  name: string,
  args: Record<string, unknown>,
): Promise<DeviceCommandOutcome> {
  let response: Response;
  try {
    response = await fetch(path(deviceId, "commands"), {
      method: "POST",
      headers: JSON_HEADERS,
      body: JSON.stringify({ name, args }),
    });
  } catch (error) {
    return { outcome: "failed", message: error instanceof Error ? error.message : String(error) };
  }
  if (response.ok) return { outcome: "ok" };
  const message = await errorMessage(response);
  const byStatus: Record<number, Exclude<DeviceCommandOutcome["outcome"], "ok">> = {
    502: "refused",
    504: "timeout",
    409: "not-connected",
    400: "invalid",
  };
  return { outcome: byStatus[response.status] ?? "failed", message };
}

export type TokenResult =
  | { ok: true; token: string | null; revoked?: boolean }
  | { ok: false; message: string };

/** Issues a fresh link secret (POST) or revokes the current one (DELETE). */
export async function changeDeviceToken(deviceId: string, action: "issue" | "revoke"): Promise<TokenResult> {
  try {
    const response = await fetch(
      path(deviceId, "token"),
      action === "issue" ? { method: "POST", headers: JSON_HEADERS, body: "{}" } : { method: "DELETE" },
    );
    if (!response.ok) return { ok: false, message: await errorMessage(response) };
    const body = (await response.json()) as { token?: string; revoked?: boolean };
    return {
      ok: true,
      token: body.token ?? null,
      ...(body.revoked === undefined ? {} : { revoked: body.revoked }),
    };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** When each device's current link was issued (null: none), or null when the hub does not answer. */
export async function fetchProvisionedAt(): Promise<Record<string, string | null> | null> {
  try {
    const response = await fetch("/api/devices", { cache: "no-store" });
    if (!response.ok) return null;
    const devices = (await response.json()) as Record<string, { provisionedAt?: string | null }>;
    return Object.fromEntries(Object.entries(devices).map(([id, d]) => [id, d.provisionedAt ?? null]));
  } catch {
    return null;
  }
}

/**
 * The address a device screen opens: its kind in the path, its id in the query, and its secret in the
 * fragment, which browsers never send to a server (the page stores it and removes it from the address).
 */
export function devicePageUrl(origin: string, kind: DeviceKind, deviceId: string, token: string): string {
  return `${origin}/device/${kind}?id=${encodeURIComponent(deviceId)}#token=${encodeURIComponent(token)}`;
}
