import WebSocket from "ws";

/** Faults the bench causes itself, beside the simulator's: what misbehaving clients do to a hub. */
export interface BenchFaultFigures {
  /** Device sockets opened by the bench that were not devices of the event, by kind of fault. */
  rogueDevices: Record<string, number>;
  /** How the hub closed them, by close code. */
  rogueCloseCodes: Record<string, number>;
  /** Rogue sockets the hub had not closed 10 s after they opened (should be zero). */
  rogueLeftOpen: number;
  /** Malformed or refused HTTP commands, by status code of the answer. */
  badHttp: Record<string, number>;
}

const ROGUE_KINDS = [
  "garbage-first",
  "unknown-device",
  "wrong-token",
  "silent",
  "flood-before-hello",
] as const;
type RogueKind = (typeof ROGUE_KINDS)[number];

const bump = (counts: Record<string, number>, key: string | number) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export class BenchFaults {
  readonly figures: BenchFaultFigures = {
    rogueDevices: {},
    rogueCloseCodes: {},
    rogueLeftOpen: 0,
    badHttp: {},
  };
  /** Separate turns for the rogue devices and the bad commands: one shared counter skipped some kinds. */
  private nextRogue = 0;
  private nextBody = 0;
  private readonly open = new Set<WebSocket>();

  constructor(
    private readonly url: string,
    /** A device id of the event, to knock on its door with a wrong token. */
    private readonly realDeviceId: string,
    private readonly headers: Record<string, string>,
  ) {}

  /** One rogue device connection, the kinds in turn. */
  rogueDevice(): void {
    const kind = ROGUE_KINDS[this.nextRogue++ % ROGUE_KINDS.length] as RogueKind;
    bump(this.figures.rogueDevices, kind);
    const socket = new WebSocket(`${this.url.replace(/^http/, "ws")}/devices`, { perMessageDeflate: false });
    this.open.add(socket);
    const watchdog = setTimeout(() => {
      this.figures.rogueLeftOpen++;
      socket.terminate();
    }, 10_000);
    watchdog.unref();
    socket.on("error", () => undefined);
    socket.on("close", (code) => {
      clearTimeout(watchdog);
      this.open.delete(socket);
      bump(this.figures.rogueCloseCodes, code);
    });
    socket.on("open", () => {
      const hello = (deviceId: string, token: string) =>
        JSON.stringify({
          type: "hello",
          protocol: 1,
          deviceId,
          token,
          kind: "room-controller",
          firmware: "rogue",
        });
      switch (kind) {
        case "garbage-first":
          socket.send('{"type":"hello","protocol":');
          break;
        case "unknown-device":
          socket.send(hello(`rogue-${this.nextRogue}`, "no-such-token"));
          break;
        case "wrong-token":
          socket.send(hello(this.realDeviceId, "not-its-token"));
          break;
        case "silent":
          // Says nothing: the hub closes it when no hello comes within 5 s.
          break;
        case "flood-before-hello":
          for (let i = 0; i < 200; i++)
            if (socket.readyState === WebSocket.OPEN) socket.send('{"type":"heartbeat"}');
          break;
      }
    });
  }

  /** A malformed or refused command over HTTP as the duty officer: the hub answers 4xx and carries on. */
  async badHttpCommand(): Promise<void> {
    const bodies = [
      '{"type":"session.start","sessionId":',
      JSON.stringify({ type: "no.such.command" }),
      JSON.stringify({ type: "session.start", sessionId: "no-such-session" }),
      JSON.stringify({ type: "clock.speed", speed: 1e9 }),
    ];
    const body = bodies[this.nextBody++ % bodies.length] as string;
    try {
      const res = await fetch(`${this.url}/api/commands`, {
        method: "POST",
        headers: { "content-type": "application/json", ...this.headers },
        body,
      });
      await res.arrayBuffer();
      bump(this.figures.badHttp, res.status);
    } catch {
      bump(this.figures.badHttp, "network-error");
    }
  }

  close(): void {
    for (const socket of this.open) socket.terminate();
  }
}
