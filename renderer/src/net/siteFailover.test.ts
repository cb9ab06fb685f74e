import { describe, expect, it, vi } from "vitest";
import { SITE_HUBS_KEY } from "./failover";
import { SiteFailover } from "./siteFailover";

const A = "http://10.0.0.1:4180";
const B = "http://10.0.0.2:4180";
const C = "http://10.0.0.3:4180";
const hubs = [
  { hubId: "hub-a", url: A, role: "primary" },
  { hubId: "hub-b", url: B, role: "standby" },
  { hubId: "hub-c", url: C, role: "standby" },
];
const health = (role: string, hubId: string, list = hubs) => ({
  version: "1",
  hub: {
    role,
    hubId,
    site: "venue",
    primary: null,
    hubs: list,
    replication: { backend: "jetstream", appliedSeq: 1, lagMessages: 0 },
  },
});

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

/** `answers`: what each URL says now (missing: no answer). */
function setup(
  answers: Record<string, unknown>,
  storage = new MemoryStorage(),
  sleep: () => Promise<void> = async () => undefined,
) {
  const navigate = vi.fn();
  const asked: string[] = [];
  const failover = new SiteFailover({
    origin: A,
    storage,
    navigate,
    sleep,
    fetchJson: async (url) => {
      asked.push(url);
      return answers[url] ?? null;
    },
  });
  return { failover, navigate, asked, storage, answers };
}

describe("SiteFailover", () => {
  it("remembers the site's hubs in session storage and reads them back after a reload", () => {
    const storage = new MemoryStorage();
    setup({}, storage).failover.remember(health("primary", "hub-a"));
    expect(JSON.parse(storage.getItem(SITE_HUBS_KEY) ?? "[]")).toEqual(hubs);
    expect(setup({}, storage).failover.knownHubs).toEqual(hubs);
  });

  it("keeps asking while the take-over is under way, and moves once a standby answers as primary", async () => {
    let pauses = 0;
    const answers: Record<string, unknown> = { [`${B}/api/health`]: health("standby", "hub-b") };
    const { failover, navigate } = setup(answers, new MemoryStorage(), async () => {
      // hub-b finishes taking over during the second pause (the first is the silent hub's second chance).
      if (++pauses === 2) answers[`${B}/api/health`] = health("primary", "hub-b");
    });
    failover.remember(health("primary", "hub-a"));
    await failover.linkLost();
    expect(pauses).toBe(2);
    expect(navigate).toHaveBeenCalledWith(B);
  });

  it("moves to the hub that answers as primary when its own hub is a standby", async () => {
    const { failover, navigate, asked } = setup({
      "/api/health": health("standby", "hub-a"),
      [`${B}/api/health`]: health("standby", "hub-b"),
      [`${C}/api/health`]: health("primary", "hub-c"),
    });
    await failover.linkLost();
    expect(asked).toEqual(["/api/health", `${B}/api/health`, `${C}/api/health`]);
    expect(navigate).toHaveBeenCalledWith(C);
  });

  it("looks elsewhere at once when closed as a standby, and stays while none is primary yet", async () => {
    const { failover, navigate, answers } = setup({ "/api/health": health("primary", "hub-a") });
    await failover.linkLost(true);
    expect(navigate).not.toHaveBeenCalled();
    answers[`${B}/api/health`] = health("primary", "hub-b");
    await failover.linkLost(true);
    expect(navigate).toHaveBeenCalledWith(B);
  });

  it("stays while its own hub serves", async () => {
    const { failover, navigate, asked } = setup({
      "/api/health": health("primary", "hub-a"),
      [`${B}/api/health`]: health("primary", "hub-b"),
    });
    await failover.linkLost();
    expect(asked).toEqual(["/api/health"]);
    expect(navigate).not.toHaveBeenCalled();
  });

  it("asks a silent hub twice, a pause apart, then looks elsewhere", async () => {
    const { failover, navigate, asked } = setup({ [`${B}/api/health`]: health("primary", "hub-b") });
    failover.rememberHubs(hubs);
    await failover.linkLost();
    expect(asked).toEqual(["/api/health", "/api/health", `${B}/api/health`, `${C}/api/health`]);
    expect(navigate).toHaveBeenCalledWith(B);
  });

  it("never moves a single-PC hub's page", async () => {
    const { failover, navigate, asked } = setup({ [`${B}/api/health`]: health("primary", "hub-b") });
    failover.remember(health("single", "hub-a", []));
    await failover.linkLost(true);
    await failover.linkLost();
    await failover.linkLost();
    expect(navigate).not.toHaveBeenCalled();
    expect(asked.every((url) => url === "/api/health")).toBe(true);
  });

  it("checks once at a time and leaves only once", async () => {
    const { failover, navigate } = setup({
      "/api/health": health("standby", "hub-a"),
      [`${B}/api/health`]: health("primary", "hub-b"),
    });
    await Promise.all([failover.linkLost(), failover.linkLost()]);
    await failover.linkLost();
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it("takes a handed-over hub list only when it knows none", () => {
    const { failover } = setup({});
    failover.rememberHubs(hubs.slice(1, 2));
    failover.rememberHubs(hubs);
    expect(failover.knownHubs).toEqual(hubs.slice(1, 2));
  });
});
