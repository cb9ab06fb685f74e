import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SocketLike } from "../../src/net/hubClient";
import type { SiteFailover } from "../../src/net/siteFailover";
import { type CommandHandler, DeviceLink, type DeviceLinkStatus } from "./deviceLink";

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: Record<string, unknown>[] = [];
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close(code = 1000) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  deliver(frame: unknown) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
  welcome(heartbeatMs = 1000) {
    this.open();
    this.deliver({
      type: "welcome",
      protocol: 1,
      deviceId: "timer",
      heartbeatMs,
      serverTime: "2021-11-08T00:00:00Z",
    });
  }
}

describe("DeviceLink", () => {
  let sockets: FakeSocket[];
  let statuses: DeviceLinkStatus[];
  let onCommand: CommandHandler;
  let link: DeviceLink;
  const last = () => sockets.at(-1) as FakeSocket;
  const make = (token: string | null = "secret") =>
    new DeviceLink({
      url: "ws://hub/devices",
      deviceId: "timer",
      token,
      kind: "stage-timer",
      firmware: "device-page 1",
      onCommand: (name, args) => onCommand(name, args),
      onStatus: (status) => statuses.push(status),
      random: () => 0,
      createSocket: () => {
        const socket = new FakeSocket();
        sockets.push(socket);
        return socket;
      },
    });

  beforeEach(() => {
    vi.useFakeTimers();
    sockets = [];
    statuses = [];
    onCommand = () => ({ ok: true });
    link = make();
  });

  afterEach(() => {
    link.stop();
    vi.useRealTimers();
  });

  it("says hello with its identity, then heartbeats at 0.8 × the interval and sends its state", async () => {
    link.report({ mode: "clock" });
    link.start();
    last().open();
    expect(last().sent).toEqual([
      {
        type: "hello",
        protocol: 1,
        deviceId: "timer",
        token: "secret",
        kind: "stage-timer",
        firmware: "device-page 1",
      },
    ]);
    last().deliver({ type: "welcome", protocol: 1, deviceId: "timer", heartbeatMs: 1000, serverTime: "x" });
    expect(statuses.at(-1)?.state).toBe("connected");
    expect(last().sent.at(-1)).toEqual({ type: "state", data: { mode: "clock" } });
    await vi.advanceTimersByTimeAsync(800);
    expect(last().sent.at(-1)).toEqual({ type: "heartbeat" });
  });

  it("sends only the fields that changed, and everything again after a reconnect", async () => {
    link.start();
    last().welcome();
    link.report({ mode: "countdown", remainingSec: 60 });
    link.report({ mode: "countdown", remainingSec: 55 });
    expect(
      last()
        .sent.filter((f) => f.type === "state")
        .map((f) => f.data),
    ).toEqual([{ mode: "countdown", remainingSec: 60 }, { remainingSec: 55 }]);
    last().close(1006);
    await vi.advanceTimersByTimeAsync(300);
    last().welcome();
    expect(last().sent.at(-1)).toEqual({ type: "state", data: { mode: "countdown", remainingSec: 55 } });
  });

  it("acks every command with the handler's answer, and a thrown error as a refusal", () => {
    link.start();
    last().welcome();
    onCommand = (name) => (name === "show-message" ? { ok: true } : { ok: false, error: "unknown command" });
    last().deliver({ type: "command", id: "c1", name: "show-message", args: { text: "hi" } });
    last().deliver({ type: "command", id: "c2", name: "dance", args: {} });
    onCommand = () => {
      throw new Error("boom");
    };
    last().deliver({ type: "command", id: "c3", name: "show-message", args: {} });
    expect(last().sent.filter((f) => f.type === "ack")).toEqual([
      { type: "ack", id: "c1", ok: true },
      { type: "ack", id: "c2", ok: false, error: "unknown command" },
      { type: "ack", id: "c3", ok: false, error: "boom" },
    ]);
  });

  it("reconnects with growing delays after drops", async () => {
    link.start();
    last().close(1006);
    expect(statuses.at(-1)?.state).toBe("reconnecting");
    await vi.advanceTimersByTimeAsync(250);
    expect(sockets).toHaveLength(2);
    last().close(1006);
    await vi.advanceTimersByTimeAsync(250);
    expect(sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(250);
    expect(sockets).toHaveLength(3);
  });

  it("stops for good on 4401 and 4406, and on 4409 says it was replaced", async () => {
    link.start();
    last().close(4401);
    expect(statuses.at(-1)?.state).toBe("unprovisioned");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets).toHaveLength(1);

    const replaced = make();
    replaced.start();
    last().welcome();
    last().close(4409);
    expect(statuses.at(-1)?.state).toBe("replaced");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets).toHaveLength(2);
    replaced.start();
    expect(sockets).toHaveLength(3);
    replaced.stop();
  });

  it("does not try without a token, and refuses to send events while down", () => {
    const noToken = make(null);
    noToken.start();
    expect(statuses.at(-1)?.state).toBe("unprovisioned");
    expect(sockets).toHaveLength(0);
    link.start();
    expect(link.sendEvent("message-seen")).toBe(false);
    last().welcome();
    expect(link.sendEvent("message-seen")).toBe(true);
    expect(last().sent.at(-1)).toEqual({ type: "event", name: "message-seen", data: {} });
  });

  it("learns the site's hubs after each welcome and looks for the primary after each drop, not after a refusal", async () => {
    const failover = { refresh: vi.fn(async () => null), linkLost: vi.fn(async () => undefined) };
    const withFailover = new DeviceLink({
      url: "ws://hub/devices",
      deviceId: "timer",
      token: "secret",
      kind: "stage-timer",
      firmware: "device-page 1",
      onCommand: () => ({ ok: true }),
      onStatus: (status) => statuses.push(status),
      random: () => 0,
      createSocket: () => {
        const socket = new FakeSocket();
        sockets.push(socket);
        return socket;
      },
      failover: failover as unknown as SiteFailover,
    });
    withFailover.start();
    last().welcome();
    expect(failover.refresh).toHaveBeenCalledTimes(1);
    last().close(1001);
    await vi.advanceTimersByTimeAsync(250);
    last().close(1006);
    expect(failover.linkLost).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(500);
    last().close(4401);
    expect(failover.linkLost).toHaveBeenCalledTimes(2);
    withFailover.stop();
  });
});
