import { describe, expect, it } from "vitest";
import {
  decodeHandover,
  encodeHandover,
  HANDOVER_MAX_AGE_MS,
  pickPrimary,
  probeTargets,
  readHubInfo,
  sameViewOn,
  shouldLookForPrimary,
  takeFragmentParam,
  withFragmentParam,
} from "./failover";

const A = "http://10.0.0.1:4180";
const B = "http://10.0.0.2:4180";
const C = "http://10.0.0.3:4180";
const hubs = [
  { hubId: "hub-a", url: A, role: "standby" },
  { hubId: "hub-b", url: B, role: "primary" },
  { hubId: "hub-c", url: C, role: "standby" },
];
const health = (role: string, hubId: string, extra: Record<string, unknown> = {}) => ({
  version: "1",
  hub: {
    role,
    hubId,
    site: "venue",
    primary: null,
    hubs,
    replication: { backend: "jetstream", appliedSeq: 3, lagMessages: 0 },
    ...extra,
  },
});
const info = (role: string, hubId: string) => readHubInfo(health(role, hubId));
const self = { origin: A, hubId: "hub-a" };

describe("readHubInfo", () => {
  it("reads the role, the hubs and the lag, and nothing from a hub that does not say", () => {
    const read = readHubInfo(
      health("standby", "hub-a", {
        primary: { hubId: "hub-b", url: `${B}/` },
        replication: { backend: "jetstream", appliedSeq: 3, lagMessages: 4 },
      }),
    );
    expect(read).toMatchObject({ role: "standby", hubId: "hub-a", site: "venue", lagMessages: 4 });
    expect(read?.primary).toEqual({ hubId: "hub-b", url: B, role: "standby" });
    expect(read?.hubs).toHaveLength(3);
    expect(readHubInfo({ version: "1" })).toBeNull();
    expect(readHubInfo({ hub: { role: "boss", hubId: "x" } })).toBeNull();
    expect(readHubInfo(null)).toBeNull();
  });

  it("drops hub entries without an http address", () => {
    const read = readHubInfo(
      health("primary", "hub-b", { hubs: [{ hubId: "x", url: "javascript:1" }, hubs[0]] }),
    );
    expect(read?.hubs).toEqual([hubs[0]]);
  });
});

describe("shouldLookForPrimary", () => {
  it("looks when the hub is a standby, closed as one, or missed twice; not when it serves", () => {
    expect(
      shouldLookForPrimary({ closedAsStandby: true, sameOrigin: info("primary", "hub-a"), missesInARow: 0 }),
    ).toBe(true);
    expect(
      shouldLookForPrimary({ closedAsStandby: false, sameOrigin: info("standby", "hub-a"), missesInARow: 0 }),
    ).toBe(true);
    expect(
      shouldLookForPrimary({ closedAsStandby: false, sameOrigin: info("primary", "hub-a"), missesInARow: 0 }),
    ).toBe(false);
    expect(shouldLookForPrimary({ closedAsStandby: false, sameOrigin: null, missesInARow: 1 })).toBe(false);
    expect(shouldLookForPrimary({ closedAsStandby: false, sameOrigin: null, missesInARow: 2 })).toBe(true);
  });
});

describe("probeTargets", () => {
  it("asks every other hub once, the named primary first, and none without a hub list", () => {
    expect(probeTargets(hubs, self)).toEqual([B, C]);
    expect(probeTargets(hubs, self, { hubId: "hub-c", url: C })).toEqual([C, B]);
    expect(probeTargets(hubs, { origin: "http://localhost:4180", hubId: "hub-a" })).toEqual([B, C]);
    expect(probeTargets([], self, { hubId: "hub-b", url: B })).toEqual([]);
  });
});

describe("pickPrimary", () => {
  it("goes only to a hub that just answered as primary, never to itself", () => {
    expect(
      pickPrimary(
        [
          { url: B, info: info("standby", "hub-b") },
          { url: C, info: info("primary", "hub-c") },
        ],
        self,
      ),
    ).toBe(C);
    expect(
      pickPrimary(
        [
          { url: B, info: null },
          { url: C, info: info("standby", "hub-c") },
        ],
        self,
      ),
    ).toBeNull();
    expect(pickPrimary([{ url: B, info: info("primary", "hub-a") }], self)).toBeNull();
    expect(pickPrimary([{ url: B, info: info("single", "hub-b") }], self)).toBeNull();
  });
});

describe("fragment parameters", () => {
  it("adds, reads and removes one parameter, keeping the rest of the fragment", () => {
    expect(withFragmentParam("", "handover", "a b")).toBe("#handover=a%20b");
    expect(withFragmentParam("#view", "handover", "x")).toBe("#view&handover=x");
    expect(withFragmentParam("#handover=old", "handover", "x")).toBe("#handover=x");
    expect(takeFragmentParam("#view&handover=a%20b", "handover")).toEqual({ value: "a b", hash: "#view" });
    expect(takeFragmentParam("#handover=x", "handover")).toEqual({ value: "x", hash: "" });
    expect(takeFragmentParam("#view", "handover")).toEqual({ value: null, hash: "#view" });
  });

  it("keeps the page's path, query and fragment on the other hub", () => {
    const here = { pathname: "/device/door-panel", search: "?id=door-1", hash: "" };
    expect(sameViewOn(`${B}/`, here, "#token=t")).toBe(`${B}/device/door-panel?id=door-1#token=t`);
    expect(sameViewOn(B, { pathname: "/", search: "", hash: "#x" })).toBe(`${B}/#x`);
  });
});

describe("handover", () => {
  const operator = { name: "王芳 Wang", role: "stage-manager", rooms: ["hall-a"] };

  it("round-trips through a URL-safe fragment, non-ASCII names included", () => {
    const text = encodeHandover({ operator, hubs, at: 1000 });
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeHandover(text, 2000)).toEqual({ operator, hubs, at: 1000 });
  });

  it("ignores a stale, future or garbled handover", () => {
    const text = encodeHandover({ operator, hubs, at: 1000 });
    expect(decodeHandover(text, 1000 + HANDOVER_MAX_AGE_MS + 1)).toBeNull();
    expect(decodeHandover(text, 1000 - 120_000)).toBeNull();
    expect(decodeHandover("%%%", 1000)).toBeNull();
    expect(decodeHandover(encodeHandover({ operator, hubs, at: Number.NaN }), 1000)).toBeNull();
  });
});
