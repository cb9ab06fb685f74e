import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { JournalEvent } from "../../../shared/journal/journalEvents";
import { emptyLiveState } from "../../../shared/live/liveState";
import { hubStore, initialHubState } from "../state/hubStore";
import { reconnectDelayMs } from "./backoff";
import { HubClient, type SocketLike } from "./hubClient";

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: unknown[] = [];
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.readyState = 3;
    this.onclose?.({});
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  deliver(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

const actor = { operator: "t", role: "operator", workstation: "t" };
const clockEvent = (seq: number): JournalEvent => ({
  type: "clock.set",
  clock: { mode: "wall" },
  seq,
  at: "2021-11-08T00:00:00Z",
  actor,
});

describe("reconnectDelayMs", () => {
  it("doubles up to the ceiling and jitters between half and all of it", () => {
    expect(reconnectDelayMs(0, () => 0)).toBe(250);
    expect(reconnectDelayMs(3, () => 0.5)).toBe(3000);
    expect(reconnectDelayMs(20, () => 0)).toBe(5000);
  });
});

describe("HubClient", () => {
  let sockets: FakeSocket[];
  let client: HubClient;
  const last = () => sockets.at(-1) as FakeSocket;

  beforeEach(() => {
    vi.useFakeTimers();
    hubStore.setState(initialHubState, true);
    sockets = [];
    client = new HubClient({
      url: "ws://hub/console",
      store: hubStore,
      random: () => 0,
      createSocket: () => {
        const socket = new FakeSocket();
        sockets.push(socket);
        return socket;
      },
    });
    client.start();
  });

  afterEach(() => {
    client.stop();
    vi.useRealTimers();
  });

  it("says hello, applies the snapshot on the next frame and reports connected", async () => {
    last().open();
    expect(last().sent).toEqual([{ type: "hello" }]);
    last().deliver({
      type: "snapshot",
      state: { ...emptyLiveState(), seq: 4 },
      serverTime: new Date().toISOString(),
    });
    expect(hubStore.getState().link).toBe("connected");
    expect(hubStore.getState().live).toBeNull();
    await vi.advanceTimersByTimeAsync(300);
    expect(hubStore.getState().live?.seq).toBe(4);
  });

  it("applies a burst of events in one store update", async () => {
    last().open();
    last().deliver({ type: "snapshot", state: emptyLiveState(), serverTime: new Date().toISOString() });
    await vi.advanceTimersByTimeAsync(300);
    const updates = vi.fn();
    const unsubscribe = hubStore.subscribe(updates);
    for (let seq = 1; seq <= 5; seq++) last().deliver({ type: "events", events: [clockEvent(seq)] });
    await vi.advanceTimersByTimeAsync(300);
    unsubscribe();
    expect(updates).toHaveBeenCalledTimes(1);
    expect(hubStore.getState().live?.seq).toBe(5);
  });

  it("marks the link down, backs off, and resumes from the last sequence number", async () => {
    last().open();
    last().deliver({
      type: "snapshot",
      state: { ...emptyLiveState(), seq: 7 },
      serverTime: new Date().toISOString(),
    });
    await vi.advanceTimersByTimeAsync(300);
    last().close();
    expect(hubStore.getState().link).toBe("reconnecting");
    expect(sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(250);
    expect(sockets).toHaveLength(2);
    last().open();
    expect(last().sent).toEqual([{ type: "hello", since: 7 }]);
  });

  it("goes offline after repeated failures, even when sockets open and drop at once", async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      last().open();
      last().close();
      await vi.advanceTimersByTimeAsync(reconnectDelayMs(attempt, () => 0));
    }
    expect(hubStore.getState().link).toBe("offline");
  });

  it("asks again from its last seq when events go missing", async () => {
    last().open();
    last().deliver({
      type: "snapshot",
      state: { ...emptyLiveState(), seq: 1 },
      serverTime: new Date().toISOString(),
    });
    await vi.advanceTimersByTimeAsync(300);
    last().deliver({ type: "events", events: [clockEvent(3)] });
    await vi.advanceTimersByTimeAsync(300);
    expect(sockets).toHaveLength(2);
    last().open();
    expect(last().sent).toEqual([{ type: "hello", since: 1 }]);
  });

  it("answers commands from their ack and refuses them while down", async () => {
    expect(await client.send({ type: "clock.set", mode: "wall" })).toMatchObject({ ok: false });
    last().open();
    last().deliver({ type: "snapshot", state: emptyLiveState(), serverTime: new Date().toISOString() });
    const pending = client.send({ type: "clock.set", mode: "wall" });
    const command = last().sent.at(-1) as { id: string };
    last().deliver({ type: "ack", id: command.id, ok: true, seq: 9 });
    expect(await pending).toEqual({ ok: true, seq: 9 });
  });
});

describe("HubClient journal listener", () => {
  it("hands each applied event to onEvents once, skipping events it already had", async () => {
    vi.useFakeTimers();
    hubStore.setState(initialHubState, true);
    const seen: number[] = [];
    const socket = new FakeSocket();
    const client = new HubClient({
      url: "ws://hub/console",
      store: hubStore,
      createSocket: () => socket,
      onEvents: (events) => seen.push(...events.map((e) => e.seq)),
    });
    client.start();
    socket.open();
    socket.deliver({
      type: "snapshot",
      state: { ...emptyLiveState(), seq: 1 },
      serverTime: "2021-11-08T00:00:00Z",
    });
    socket.deliver({ type: "events", events: [clockEvent(1), clockEvent(2), clockEvent(3)] });
    await vi.advanceTimersByTimeAsync(300);
    expect(seen).toEqual([2, 3]);
    client.stop();
    vi.useRealTimers();
  });
});

describe("HubClient lost-link listener", () => {
  it("hears every lost link and failed attempt, with the close code", async () => {
    vi.useFakeTimers();
    hubStore.setState(initialHubState, true);
    const codes: (number | null)[] = [];
    const sockets: FakeSocket[] = [];
    const client = new HubClient({
      url: "ws://hub/console",
      store: hubStore,
      random: () => 0,
      createSocket: () => {
        const socket = new FakeSocket();
        sockets.push(socket);
        return socket;
      },
      onLinkLost: (code) => codes.push(code),
    });
    client.start();
    sockets[0]?.open();
    sockets[0]?.deliver({ type: "presence", consoles: [] });
    sockets[0]?.onclose?.({ code: 4503 });
    await vi.advanceTimersByTimeAsync(250);
    sockets[1]?.close();
    expect(codes).toEqual([4503, null]);
    expect(hubStore.getState().link).toBe("reconnecting");
    client.stop();
    vi.useRealTimers();
  });
});
