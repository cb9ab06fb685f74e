import { PAGE_KINDS, type PageKind } from "../src/net/deviceApi";

export type { PageKind };

export const TOKEN_STORAGE_PREFIX = "venue-ops.device-token.";

export interface PageParams {
  kind: PageKind;
  deviceId: string;
  /** The device's secret: from the link's fragment (then remembered), else as remembered. */
  token: string | null;
}

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface ReadParams {
  /** null when the address names no device page. */
  params: PageParams | null;
  /** The address without its fragment, when the fragment held a token that must leave the address bar. */
  cleanUrl: string | null;
}

function isPageKind(value: string): value is PageKind {
  return (PAGE_KINDS as readonly string[]).includes(value);
}

/**
 * Reads /device/<kind>?id=<deviceId>#token=<token>. A token in the fragment is stored per device id so
 * the screen reconnects after a reboot, and the caller removes it from the address (and the history),
 * where anyone glancing at the screen could read it.
 */
export function readPageParams(
  location: { pathname: string; search: string; hash: string },
  storage: StorageLike | null,
): ReadParams {
  const match = /^\/device\/([^/]+)\/?$/.exec(location.pathname);
  const kind = match?.[1] ? decodeURIComponent(match[1]) : "";
  const deviceId = new URLSearchParams(location.search).get("id")?.trim() ?? "";
  const fromFragment = new URLSearchParams(location.hash.replace(/^#/, "")).get("token");
  const cleanUrl = fromFragment === null ? null : `${location.pathname}${location.search}`;
  if (!isPageKind(kind) || deviceId === "") return { params: null, cleanUrl };
  const key = TOKEN_STORAGE_PREFIX + deviceId;
  let token = fromFragment || null;
  try {
    if (token) storage?.setItem(key, token);
    else token = storage?.getItem(key) ?? null;
  } catch {
    // Storage may be disabled: the token from the link still works until the page is reloaded.
  }
  return { params: { kind, deviceId, token }, cleanUrl };
}
