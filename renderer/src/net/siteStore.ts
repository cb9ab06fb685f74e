import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";
import type { HubSiteInfo } from "./failover";

/**
 * This hub's place in a multi-hub site, from its last health answer (null until one said, or from a hub
 * too old to say). Kept beside the hub store, which it does not change, and fed by the same health checks.
 */
export const siteStore = createStore<{ hub: HubSiteInfo | null }>()(() => ({ hub: null }));

export function useSite<T>(selector: (state: { hub: HubSiteInfo | null }) => T): T {
  return useStore(siteStore, selector);
}
