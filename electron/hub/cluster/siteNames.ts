/**
 * The names a site's hubs share in NATS. A site is one venue's hubs (a primary and its standbys);
 * each site has its own journal stream, so two sites never write to the same one.
 */
export function siteNames(site: string) {
  return {
    stream: `VENUE_OPS_${site.toUpperCase().replace(/-/g, "_")}`,
    subject: `venue-ops.${site}.journal`,
    snapshots: `venue-ops-${site}-snapshots`,
    /** Key-value bucket shared by all sites: leases and the hubs' addresses, each with a time to live. */
    hubsBucket: "venue-ops-hubs",
    primaryKey: `${site}.primary`,
    hubKey: (hubId: string) => `${site}.hub.${hubId}`,
    hubKeysOf: `${site}.hub.>`,
  };
}

/** A site name: short, lowercase, safe in stream, subject and key names. */
export const SITE_NAME = /^[a-z][a-z0-9-]{0,30}$/;
