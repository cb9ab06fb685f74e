import { describe, expect, it } from "vitest";
import { readPageParams, TOKEN_STORAGE_PREFIX } from "./pageParams";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe("device page address", () => {
  it("reads kind, id and token, stores the token and asks for the fragment to go", () => {
    const storage = memoryStorage();
    const read = readPageParams(
      { pathname: "/device/stage-timer", search: "?id=plenary-stage-timer", hash: "#token=abc%2B1" },
      storage,
    );
    expect(read.params).toEqual({ kind: "stage-timer", deviceId: "plenary-stage-timer", token: "abc+1" });
    expect(read.cleanUrl).toBe("/device/stage-timer?id=plenary-stage-timer");
    expect(storage.items.get(`${TOKEN_STORAGE_PREFIX}plenary-stage-timer`)).toBe("abc+1");
  });

  it("uses the remembered token after a reload, per device id", () => {
    const storage = memoryStorage();
    storage.setItem(`${TOKEN_STORAGE_PREFIX}door`, "remembered");
    const read = readPageParams({ pathname: "/device/door-panel", search: "?id=door", hash: "" }, storage);
    expect(read.params?.token).toBe("remembered");
    expect(read.cleanUrl).toBeNull();
    const other = readPageParams({ pathname: "/device/door-panel", search: "?id=other", hash: "" }, storage);
    expect(other.params?.token).toBeNull();
  });

  it("names no page for unknown kinds, kinds without a page, or a missing id", () => {
    const storage = memoryStorage();
    expect(
      readPageParams({ pathname: "/device/toaster", search: "?id=x", hash: "" }, storage).params,
    ).toBeNull();
    expect(
      readPageParams({ pathname: "/device/encoder", search: "?id=x", hash: "" }, storage).params,
    ).toBeNull();
    expect(
      readPageParams({ pathname: "/device/stage-timer", search: "", hash: "" }, storage).params,
    ).toBeNull();
  });
});
