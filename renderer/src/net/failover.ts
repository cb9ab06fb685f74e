/**
 * Moving a page to the site's primary hub when the hub that served it becomes (or is) a standby or dies.
 * Pure: the console and the device pages wire it to fetch, sessionStorage and location (siteFailover.ts).
 */

export type HubRole = "single" | "primary" | "standby";

export interface SiteHub {
  hubId: string;
  /** Like "http://127.0.0.1:4181", no trailing slash. */
  url: string;
  role: string;
}

/** The `hub` part of GET /api/health, reduced to what the pages use. */
export interface HubSiteInfo {
  role: HubRole;
  hubId: string;
  site: string | null;
  primary: { hubId: string; url: string } | null;
  hubs: SiteHub[];
  /** Journal messages this hub has yet to apply (0 on the primary). */
  lagMessages: number;
}

/** Where the site's hub list is kept for the browser session, so a reload still knows it. */
export const SITE_HUBS_KEY = "venue-ops.site-hubs";
/** Same-origin health checks that fail in a row (about 3 s at the short timeout) before looking elsewhere. */
export const MISSES_BEFORE_LOOKING = 2;
/** Timeout of each health check made while looking for the primary. */
export const PROBE_TIMEOUT_MS = 1500;
/** The fragment parameter that carries the console's operator to the next hub. */
export const HANDOVER_PARAM = "handover";
/** A handover older than this is ignored: a copied or bookmarked address must not sign anyone in. */
export const HANDOVER_MAX_AGE_MS = 120_000;

const ROLES: readonly string[] = ["single", "primary", "standby"];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function readSiteHub(value: unknown): SiteHub | null {
  if (!isRecord(value)) return null;
  const { hubId, url, role } = value;
  if (typeof hubId !== "string" || typeof url !== "string" || !/^https?:\/\//.test(url)) return null;
  return { hubId, url: url.replace(/\/+$/, ""), role: typeof role === "string" ? role : "standby" };
}

export function readSiteHubs(value: unknown): SiteHub[] {
  if (!Array.isArray(value)) return [];
  return value.map(readSiteHub).filter((hub): hub is SiteHub => hub !== null);
}

/** The hub's place in its site from a health answer; null when the hub does not say (an older hub). */
export function readHubInfo(health: unknown): HubSiteInfo | null {
  if (!isRecord(health) || !isRecord(health.hub)) return null;
  const { role, hubId, site, primary, hubs, replication } = health.hub;
  if (typeof role !== "string" || !ROLES.includes(role) || typeof hubId !== "string") return null;
  const lag = isRecord(replication) ? Number(replication.lagMessages) : 0;
  return {
    role: role as HubRole,
    hubId,
    site: typeof site === "string" ? site : null,
    primary: readSiteHub(primary),
    hubs: readSiteHubs(hubs),
    lagMessages: Number.isFinite(lag) && lag > 0 ? lag : 0,
  };
}

export function parseStoredHubs(text: string | null): SiteHub[] {
  if (!text) return [];
  try {
    return readSiteHubs(JSON.parse(text));
  } catch {
    return [];
  }
}

export interface LossFacts {
  /** The hub closed the console's socket because it is now a standby. */
  closedAsStandby: boolean;
  /** What the page's own hub said just now; null when it did not answer. */
  sameOrigin: HubSiteInfo | null;
  /** Same-origin checks without an answer in a row, this one included. */
  missesInARow: number;
}

/** After a lost link: is the page's own hub unable to serve it, so the primary must be found elsewhere? */
export function shouldLookForPrimary(facts: LossFacts): boolean {
  if (facts.closedAsStandby) return true;
  if (facts.sameOrigin) return facts.sameOrigin.role === "standby";
  return facts.missesInARow >= MISSES_BEFORE_LOOKING;
}

export interface SelfHub {
  /** location.origin of the page. */
  origin: string;
  /** This hub's id, when it has said. */
  hubId: string | null;
}

const isSelf = (hub: { hubId: string; url: string }, self: SelfHub) =>
  hub.url === self.origin || (self.hubId !== null && hub.hubId === self.hubId);

/**
 * The other hubs to ask. Nothing without a known hub list: a single-PC hub never sends a page anywhere.
 * `hint`: the primary a standby named, asked too (it still has to answer as primary itself).
 */
export function probeTargets(
  known: readonly SiteHub[],
  self: SelfHub,
  hint: { hubId: string; url: string } | null = null,
): string[] {
  if (known.length === 0) return [];
  const urls = new Set<string>();
  for (const hub of hint ? [hint, ...known] : known) if (!isSelf(hub, self)) urls.add(hub.url);
  return [...urls];
}

/** The hub to go to: one that just answered, at the address asked, that it is the primary. */
export function pickPrimary(
  answers: readonly { url: string; info: HubSiteInfo | null }[],
  self: SelfHub,
): string | null {
  for (const { url, info } of answers) {
    if (info?.role === "primary" && !isSelf({ hubId: info.hubId, url }, self)) return url;
  }
  return null;
}

/** The fragment's `&`-separated parts, with `key` removed; the rest is kept as it was. */
export function takeFragmentParam(hash: string, key: string): { value: string | null; hash: string } {
  const parts = hash.replace(/^#/, "").split("&").filter(Boolean);
  let value: string | null = null;
  const rest = parts.filter((part) => {
    const eq = part.indexOf("=");
    const name = eq < 0 ? part : part.slice(0, eq);
    if (name !== key) return true;
    value = eq < 0 ? "" : decodeURIComponent(part.slice(eq + 1));
    return false;
  });
  return { value, hash: rest.length > 0 ? `#${rest.join("&")}` : "" };
}

export function withFragmentParam(hash: string, key: string, value: string): string {
  const { hash: rest } = takeFragmentParam(hash, key);
  const part = `${key}=${encodeURIComponent(value)}`;
  return rest ? `${rest}&${part}` : `#${part}`;
}

/** The same view on another hub: path, query and fragment are kept. */
export function sameViewOn(
  hubUrl: string,
  location: { pathname: string; search: string; hash: string },
  hash = location.hash,
): string {
  return `${hubUrl.replace(/\/+$/, "")}${location.pathname}${location.search}${hash}`;
}

/** What the console carries to the next hub in the address (storage is per origin). Never a secret. */
export interface Handover {
  /** Who was signed in; checked against the operator schema by the console. */
  operator: unknown;
  hubs: SiteHub[];
  /** When it was written, by this machine's clock (it is read on the same machine). */
  at: number;
}

function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeHandover(handover: Handover): string {
  return toBase64Url(JSON.stringify(handover));
}

/** null when unreadable, too old or from the future. */
export function decodeHandover(text: string, now: number): Handover | null {
  try {
    const parsed: unknown = JSON.parse(fromBase64Url(text));
    if (!isRecord(parsed) || typeof parsed.at !== "number") return null;
    if (now - parsed.at > HANDOVER_MAX_AGE_MS || parsed.at - now > 60_000) return null;
    return { operator: parsed.operator ?? null, hubs: readSiteHubs(parsed.hubs), at: parsed.at };
  } catch {
    return null;
  }
}
