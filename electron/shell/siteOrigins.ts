/**
 * The hubs a desktop window may load: the one it was started with and, when that hub belongs to a
 * site of several (a primary and its standbys), every hub the site lists in its health answer, so the
 * console can move to a new primary after a take-over. Nothing else is ever allowed.
 */
export class SiteOrigins {
  private readonly origins = new Set<string>();

  constructor(home: string) {
    this.origins.add(new URL(home).origin);
  }

  allows(url: string): boolean {
    try {
      return this.origins.has(new URL(url).origin);
    } catch {
      return false;
    }
  }

  /** Learns the site's hubs from a `/api/health` answer; only http(s) addresses are taken. */
  learn(health: unknown): void {
    const hubs = (health as { hub?: { hubs?: { url?: unknown }[] } } | null)?.hub?.hubs ?? [];
    for (const { url } of hubs) {
      if (typeof url !== "string") continue;
      try {
        const parsed = new URL(url);
        if (parsed.protocol === "http:" || parsed.protocol === "https:") this.origins.add(parsed.origin);
      } catch {
        // an address that does not parse is ignored
      }
    }
  }

  /** Asks each known hub in turn for the site's list; a hub that does not answer is skipped. */
  async refresh(fetchJson: (url: string) => Promise<unknown>): Promise<void> {
    for (const origin of [...this.origins]) {
      const health = await fetchJson(`${origin}/api/health`).catch(() => null);
      if (health) {
        this.learn(health);
        return;
      }
    }
  }
}
