import { describe, expect, it } from "vitest";
import { SiteOrigins } from "./siteOrigins";

describe("the hubs a desktop window may load", () => {
  it("allows the hub it was started with, and only it, until the site lists its other hubs", () => {
    const site = new SiteOrigins("http://10.0.0.5:4180/");
    expect(site.allows("http://10.0.0.5:4180/?view=plan")).toBe(true);
    expect(site.allows("http://10.0.0.6:4180/")).toBe(false);
    site.learn({
      hub: { hubs: [{ url: "http://10.0.0.6:4180" }, { url: "javascript:alert(1)" }, { url: 7 }] },
    });
    expect(site.allows("http://10.0.0.6:4180/#handover=x")).toBe(true);
    expect(site.allows("javascript:alert(1)")).toBe(false);
    expect(site.allows("https://example.org/")).toBe(false);
    expect(site.allows("not a url")).toBe(false);
  });

  it("learns from the first hub that answers and skips one that does not", async () => {
    const site = new SiteOrigins("http://10.0.0.5:4180");
    site.learn({ hub: { hubs: [{ url: "http://10.0.0.6:4180" }] } });
    const asked: string[] = [];
    await site.refresh(async (url) => {
      asked.push(url);
      if (url.startsWith("http://10.0.0.5")) throw new Error("down");
      return { hub: { hubs: [{ url: "http://10.0.0.7:4180" }] } };
    });
    expect(asked).toEqual(["http://10.0.0.5:4180/api/health", "http://10.0.0.6:4180/api/health"]);
    expect(site.allows("http://10.0.0.7:4180/")).toBe(true);
  });
});
