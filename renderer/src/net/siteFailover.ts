import {
  type HubSiteInfo,
  MISSES_BEFORE_LOOKING,
  PROBE_TIMEOUT_MS,
  parseStoredHubs,
  pickPrimary,
  probeTargets,
  readHubInfo,
  SITE_HUBS_KEY,
  type SiteHub,
  shouldLookForPrimary,
} from "./failover";

/** Rounds of asking the other hubs after a lost link (one every PROBE_TIMEOUT_MS, about 12 s in all). */
const LOOK_ROUNDS = 8;
/** How long a page that was sent away waits to be gone before it may look again. */
const LEAVE_GRACE_MS = 15_000;

export interface SiteFailoverOptions {
  /** location.origin of the page. */
  origin: string;
  /** GETs a URL's JSON; null on any failure or timeout. */
  fetchJson: (url: string, timeoutMs: number) => Promise<unknown>;
  storage: Pick<Storage, "getItem" | "setItem"> | null;
  /** Leaves for the primary at this base URL (keeping the view); called at most once. */
  navigate: (primaryUrl: string) => void;
  /** Every hub-role answer from the page's own hub, for the top bar. */
  onInfo?: (info: HubSiteInfo) => void;
  /** Waits between two checks of a silent hub (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Remembers the site's hubs from health answers and, when the page's link is lost and its hub cannot serve
 * it, asks the other hubs in parallel and moves the page to the one that answers as primary. While none
 * does (a take-over takes seconds), it asks again every PROBE_TIMEOUT_MS for a while; the page's own
 * reconnects go on, and each failed one asks again after that.
 */
export class SiteFailover {
  private hubs: SiteHub[];
  private selfHubId: string | null = null;
  private misses = 0;
  private checking = false;
  private leaving = false;

  constructor(private readonly opts: SiteFailoverOptions) {
    let stored: string | null = null;
    try {
      stored = opts.storage?.getItem(SITE_HUBS_KEY) ?? null;
    } catch {
      // Storage disabled: the list is learnt again from the next health answer.
    }
    this.hubs = parseStoredHubs(stored);
  }

  get knownHubs(): readonly SiteHub[] {
    return this.hubs;
  }

  /** Reads the hub part of a same-origin health answer; returns it (null for a hub that does not say). */
  remember(health: unknown): HubSiteInfo | null {
    const info = readHubInfo(health);
    if (!info) return null;
    this.selfHubId = info.hubId;
    this.rememberHubs(info.hubs, true);
    this.opts.onInfo?.(info);
    return info;
  }

  /** `replace`: the page's own hub said so (an empty list means a single PC); otherwise only fills a gap. */
  rememberHubs(hubs: SiteHub[], replace = false): void {
    if (!replace && (hubs.length === 0 || this.hubs.length > 0)) return;
    this.hubs = hubs;
    try {
      this.opts.storage?.setItem(SITE_HUBS_KEY, JSON.stringify(hubs));
    } catch {
      // Full or disabled storage: the list still holds until the page reloads.
    }
  }

  /** Reads the page's own hub's health now, e.g. after each welcome, so the hub list is known early. */
  async refresh(): Promise<HubSiteInfo | null> {
    return this.remember(await this.opts.fetchJson("/api/health", PROBE_TIMEOUT_MS));
  }

  private async askOwnHub(): Promise<unknown> {
    const health = await this.opts.fetchJson("/api/health", PROBE_TIMEOUT_MS);
    this.misses = health === null ? this.misses + 1 : 0;
    return health;
  }

  private pause(ms: number): Promise<void> {
    return this.opts.sleep ? this.opts.sleep(ms) : new Promise((resolve) => setTimeout(resolve, ms));
  }

  /** The link dropped (or an attempt failed). `closedAsStandby`: the hub said it is now a standby. */
  async linkLost(closedAsStandby = false): Promise<void> {
    if (this.checking || this.leaving) return;
    this.checking = true;
    try {
      let health = await this.askOwnHub();
      if (health === null && !closedAsStandby && this.misses < MISSES_BEFORE_LOOKING) {
        // Asked again after a pause rather than at the next reconnect attempt, whose socket can take seconds
        // to fail against a dead machine: a silent hub is given up on in about 3 s.
        await this.pause(PROBE_TIMEOUT_MS);
        health = await this.askOwnHub();
      }
      const sameOrigin = this.remember(health);
      if (!shouldLookForPrimary({ closedAsStandby, sameOrigin, missesInARow: this.misses })) return;
      const self = { origin: this.opts.origin, hubId: this.selfHubId };
      // A standby answers before it has taken over (that takes a few seconds): keep asking every
      // PROBE_TIMEOUT_MS for a while rather than waiting for the next reconnect attempt.
      for (let round = 0; round < LOOK_ROUNDS && !this.leaving; round++) {
        if (round > 0) {
          await this.pause(PROBE_TIMEOUT_MS);
          const own = readHubInfo(await this.askOwnHub());
          if (own && own.role !== "standby") return; // the page's own hub is back and serving
        }
        const targets = probeTargets(this.hubs, self, sameOrigin?.primary ?? null);
        if (targets.length === 0) return;
        const answers = await Promise.all(
          targets.map(async (url) => ({
            url,
            info: readHubInfo(await this.opts.fetchJson(`${url}/api/health`, PROBE_TIMEOUT_MS)),
          })),
        );
        const primary = pickPrimary(answers, self);
        if (primary) {
          this.leaving = true;
          this.opts.navigate(primary);
          // Still here later: the move was blocked (e.g. by a shell that pins its hub), so look again.
          setTimeout(() => {
            this.leaving = false;
          }, LEAVE_GRACE_MS);
        }
      }
    } finally {
      this.checking = false;
    }
  }
}

async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  try {
    const response = await fetch(url, { cache: "no-store", signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? ((await response.json()) as unknown) : null;
  } catch {
    return null;
  }
}

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** A failover wired to this browser page: fetch (cross-origin to the other hubs) and sessionStorage. */
export function browserSiteFailover(
  navigate: (primaryUrl: string) => void,
  onInfo?: (info: HubSiteInfo) => void,
): SiteFailover {
  return new SiteFailover({
    origin: location.origin,
    fetchJson,
    storage: sessionStorageOrNull(),
    navigate,
    ...(onInfo ? { onInfo } : {}),
  });
}
