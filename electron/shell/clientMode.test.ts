import { describe, expect, it } from "vitest";
import { normalizeHubAddress, parseShellArgs, resolveHubTarget } from "./clientMode";

// process.argv as Electron gives it: the binary, the app folder, then the operator's arguments.
const argv = (...rest: string[]) => ["/opt/electron", ".", ...rest];

describe("client mode arguments", () => {
  it("connects to another PC's hub with its access code", () => {
    expect(
      parseShellArgs(argv("--connect", "http://10.0.0.5:4180", "--access-code", "s3cret-code")),
    ).toMatchObject({
      connect: "http://10.0.0.5:4180",
      accessCode: "s3cret-code",
      remember: false,
      error: null,
    });
    expect(parseShellArgs(argv("--connect=10.0.0.5:4180/", "--remember"))).toMatchObject({
      connect: "http://10.0.0.5:4180",
      accessCode: null,
      remember: true,
    });
  });

  it("takes the code from VENUE_OPS_ACCESS_CODE when not given", () => {
    expect(parseShellArgs(argv("--connect", "h:1"), { VENUE_OPS_ACCESS_CODE: "from-env" }).accessCode).toBe(
      "from-env",
    );
  });

  it("says what is wrong instead of guessing", () => {
    expect(parseShellArgs(argv("--connect")).error).toContain("needs a hub address");
    expect(parseShellArgs(argv("--connect", "--demo")).error).toContain("needs a hub address");
    expect(parseShellArgs(argv("--connect", "ftp://h")).error).toContain("http or https");
    expect(parseShellArgs(argv("--connect", "http://u:p@h:1")).error).toContain("--access-code");
    expect(parseShellArgs(argv("--local", "--connect", "h:1")).error).toContain("contradict");
    expect(parseShellArgs(argv("--port", "99999")).error).toContain("port");
    expect(parseShellArgs(argv("--demo", "--no-sandbox")).error).toBeNull();
  });

  it("normalises hub addresses to their origin", () => {
    expect(normalizeHubAddress("10.0.0.5:4180")).toBe("http://10.0.0.5:4180");
    expect(normalizeHubAddress(" https://hub.venue.lan/console ")).toBe("https://hub.venue.lan");
    expect(() => normalizeHubAddress("")).toThrow("empty");
  });

  it("reads the own hub's listening options", () => {
    expect(
      parseShellArgs(argv("--host", "0.0.0.0", "--port", "4180", "--access-code", "abcdef")),
    ).toMatchObject({
      host: "0.0.0.0",
      port: 4180,
      accessCode: "abcdef",
      error: null,
    });
  });
});

describe("which hub to use", () => {
  const saved = { url: "http://10.0.0.9:4180", accessCode: "saved-code" };

  it("prefers the arguments, then the saved preference, else this PC's own hub", () => {
    expect(resolveHubTarget(parseShellArgs(argv("--connect", "h:1")), saved)).toEqual({
      mode: "client",
      url: "http://h:1",
      accessCode: null,
      source: "arguments",
    });
    expect(resolveHubTarget(parseShellArgs(argv()), saved)).toEqual({
      mode: "client",
      url: "http://10.0.0.9:4180",
      accessCode: "saved-code",
      source: "preference",
    });
    expect(resolveHubTarget(parseShellArgs(argv()), null)).toEqual({ mode: "local" });
    expect(resolveHubTarget(parseShellArgs(argv("--local")), saved)).toEqual({ mode: "local" });
  });

  it("lets a new code on the command line replace the saved one, and ignores a broken preference", () => {
    expect(resolveHubTarget(parseShellArgs(argv("--access-code", "new-code")), saved)).toMatchObject({
      accessCode: "new-code",
    });
    expect(resolveHubTarget(parseShellArgs(argv()), { url: "ftp://x", accessCode: null })).toEqual({
      mode: "local",
    });
  });
});
