import { summarizeSite } from "../../../shared/sites/siteSummary";
import type { SiteFeed } from "../server/consoleSocket";
import type { RemoteSite } from "./remoteSite";

/** Changes from the other sites reach consoles at most this often (a catching-up site sends many). */
const COALESCE_MS = 250;

/** The other sites' pictures as the consoles and the health endpoint get them. */
export function siteFeed(remotes: readonly RemoteSite[]): SiteFeed {
  return {
    summaries: () =>
      remotes.map((remote) => summarizeSite(remote.site, remote.live, remote.link, Date.now())),
    onChange: (listener) => {
      let timer: ReturnType<typeof setTimeout> | null = null;
      const coalesced = () => {
        timer ??= setTimeout(() => {
          timer = null;
          listener();
        }, COALESCE_MS);
      };
      const stops = remotes.map((remote) => remote.onChange(coalesced));
      return () => {
        if (timer) clearTimeout(timer);
        for (const stop of stops) stop();
      };
    },
  };
}
