import WebSocket from "ws";
import type { DeviceFleet, FleetDevice } from "./deviceFleet";
import { KIND_CODECS, unwrapSeq } from "./seqCodec";
import { Samples } from "./stats";

/**
 * K console clients watching the load. The first one reads every frame it gets and measures, for every
 * state frame a device sent, the time until that console saw its value or a newer one from the same
 * device (coalescing makes a console skip values, not wait for them); the others are load (they receive
 * like a console does) and count what they get.
 */
export abstract class ConsoleObservers {
  readonly latencyMs = new Samples();
  /** Per device, the highest sequence a console has seen: the hub processed every frame up to it. */
  private readonly seen: Int32Array;
  /** Frames whose effect reached a console, over the whole fleet. */
  accepted = 0;
  /** Distinct device values the measuring console received. */
  delivered = 0;
  /** Values the hub processed that the measuring console never saw because a newer one replaced them. */
  coalesced = 0;
  /** Frames each console received (telemetry rounds for the hub, relayed frames for the relay). */
  readonly framesPerConsole: number[];
  protected readonly sockets: WebSocket[] = [];

  constructor(
    protected readonly fleet: DeviceFleet,
    consoles: number,
  ) {
    this.seen = new Int32Array(fleet.devices.length);
    this.framesPerConsole = new Array(consoles).fill(0);
  }

  /** A device's state as a console received it: counts and times the frame it carries. */
  protected observe(device: FleetDevice, state: Record<string, unknown>, now: number): void {
    const codec = KIND_CODECS[device.kind];
    const raw = codec.read(state);
    if (raw === null) return;
    const seq = unwrapSeq(raw, codec.modulus, device.lastSeq);
    const before = this.seen[device.index] ?? 0;
    if (seq <= before) return;
    this.seen[device.index] = seq;
    this.accepted += seq - before;
    this.delivered++;
    this.coalesced += seq - before - 1;
    // Every update up to this one is now known to the console (a replaced one through its successor).
    for (let s = before + 1; s <= seq; s++) {
      const sent = this.fleet.sentTime(device, s);
      if (sent !== undefined) this.latencyMs.push(now - sent);
    }
  }

  /** Frames sent but not yet seen by a console, over the fleet. */
  backlog(): number {
    let total = 0;
    for (const device of this.fleet.devices) total += device.lastSeq - (this.seen[device.index] ?? 0);
    return total;
  }

  close(): void {
    for (const socket of this.sockets) socket.terminate();
  }

  protected openSocket(url: string): Promise<WebSocket> {
    const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 << 20 });
    this.sockets.push(socket);
    return new Promise((resolve, reject) => {
      socket.once("open", () => resolve(socket));
      socket.once("error", reject);
    });
  }
}

/** Consoles of the real hub: signed in over /console, reading the coalesced `telemetry` frames. */
export class HubConsoles extends ConsoleObservers {
  static async connect(url: string, fleet: DeviceFleet, consoles: number): Promise<HubConsoles> {
    const observers = new HubConsoles(fleet, consoles);
    await Promise.all(Array.from({ length: consoles }, (_, k) => observers.signIn(url, k)));
    return observers;
  }

  private async signIn(url: string, k: number): Promise<void> {
    const socket = await this.openSocket(`${url.replace(/^http/, "ws")}/console`);
    const snapshot = new Promise<void>((resolve) => {
      socket.on("message", (data) => {
        const text = data.toString();
        if (text.startsWith('{"type":"snapshot"')) resolve();
        if (!text.startsWith('{"type":"telemetry"')) return;
        this.framesPerConsole[k] = (this.framesPerConsole[k] ?? 0) + 1;
        if (k === 0) this.telemetry(text);
      });
    });
    const operator = { name: `Load console ${k + 1}`, role: "duty-officer", rooms: [] };
    socket.send(JSON.stringify({ type: "hello", operator, workstation: `load-${k + 1}` }));
    await snapshot;
  }

  private telemetry(text: string): void {
    const now = performance.now();
    const { devices } = JSON.parse(text) as { devices: Record<string, { state: Record<string, unknown> }> };
    for (const id in devices) {
      const device = this.fleet.byId.get(id);
      const view = devices[id];
      if (device && view) this.observe(device, view.state, now);
    }
  }
}

/** Consoles of the bare relay: every device frame arrives as "deviceId\n<frame as sent>". */
export class RelayConsoles extends ConsoleObservers {
  static async connect(url: string, fleet: DeviceFleet, consoles: number): Promise<RelayConsoles> {
    const observers = new RelayConsoles(fleet, consoles);
    await Promise.all(
      Array.from({ length: consoles }, async (_, k) => {
        const socket = await observers.openSocket(`${url.replace(/^http/, "ws")}/console`);
        socket.on("message", (data) => {
          observers.framesPerConsole[k] = (observers.framesPerConsole[k] ?? 0) + 1;
          if (k === 0) observers.relayed(data.toString());
        });
      }),
    );
    return observers;
  }

  private relayed(text: string): void {
    const now = performance.now();
    const newline = text.indexOf("\n");
    const device = this.fleet.byId.get(text.slice(0, newline));
    if (!device) return;
    const frame = JSON.parse(text.slice(newline + 1)) as { type: string; data?: Record<string, unknown> };
    if (frame.type === "state" && frame.data) this.observe(device, frame.data, now);
  }
}
