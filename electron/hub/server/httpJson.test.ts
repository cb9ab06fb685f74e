import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { errorBody, mayChange } from "./httpJson";

// Requests from another host cannot be made here (tests reach loopback only), so the request and
// response objects are built by hand with just what the check reads and writes.
function check(remoteAddress: string, headers: Record<string, string> = {}, remoteAllowed = false) {
  const req = {
    socket: { remoteAddress },
    headers: { host: "127.0.0.1:4180", ...headers },
  } as unknown as IncomingMessage;
  let status = 0;
  let body = "";
  const res = {
    writeHead: (code: number) => {
      status = code;
    },
    end: (text: string) => {
      body = text;
    },
  } as unknown as ServerResponse;
  return { allowed: mayChange(req, res, remoteAllowed), status, body: body ? JSON.parse(body) : null };
}

describe("who may change things over HTTP", () => {
  it("allows this machine, over IPv4 and IPv6", () => {
    expect(check("127.0.0.1").allowed).toBe(true);
    expect(check("::1").allowed).toBe(true);
    expect(check("::ffff:127.0.0.1").allowed).toBe(true);
  });

  it("refuses other machines when the hub has no access code, saying how to allow them", () => {
    expect(check("10.0.20.31")).toEqual({
      allowed: false,
      status: 403,
      body: {
        ok: false,
        error:
          "changes over HTTP are accepted from this machine only; start the hub with --access-code to accept them over the network",
        code: "refused",
      },
    });
    expect(check("::ffff:192.168.1.20").allowed).toBe(false);
  });

  it("accepts other machines once the access code was checked, but never another site's page", () => {
    expect(check("10.0.20.31", {}, true).allowed).toBe(true);
    expect(check("10.0.20.31", { origin: "http://evil.example" }, true).allowed).toBe(false);
  });

  it("refuses a page from another site even on this machine", () => {
    expect(check("127.0.0.1", { origin: "http://evil.example" })).toMatchObject({
      allowed: false,
      status: 403,
    });
  });

  it("shapes every error the same way", () => {
    expect(errorBody({ code: "refused", message: "no", field: "status" })).toEqual({
      ok: false,
      error: "no",
      code: "refused",
      field: "status",
    });
  });
});
