/**
 * The hub addresses a device or follower may use: one for a single PC, or every hub of a site. A
 * connection that fails or is turned away (a standby answers 503) moves on to the next address; the
 * caller backs off only after trying them all, so a take-over costs a device one round, not a backoff.
 */
export class HubAddresses {
  private index = 0;

  constructor(private readonly urls: readonly string[]) {
    if (urls.length === 0) throw new Error("no hub address given");
  }

  /** `http://a:4180,http://b:4180` or a single URL. */
  static parse(list: string): HubAddresses {
    return new HubAddresses(
      list
        .split(",")
        .map((url) => url.trim().replace(/\/+$/, ""))
        .filter((url) => url.length > 0),
    );
  }

  get current(): string {
    return this.urls[this.index] as string;
  }

  /** WebSocket URL of `path` on the current hub. */
  socketUrl(path: string): string {
    return `${this.current.replace(/^http/, "ws")}${path}`;
  }

  /** Moves to the next address; true when that starts a new round through the list. */
  next(): boolean {
    this.index = (this.index + 1) % this.urls.length;
    return this.index === 0;
  }

  get all(): readonly string[] {
    return this.urls;
  }
}
