// The JSON flavour of obs-websocket (both are standard); it keeps frames readable in logs and captures.
import { EventSubscription, OBSWebSocket } from "obs-websocket-js/json";
import type { Actor } from "../../../shared/live/liveState";
import type { DeviceDefinition } from "../../../shared/model/devices";
import type { DeviceCommandResult, DeviceGateway } from "./deviceGateway";

const POLL_MS = 1_000;
const RETRY_MAX_MS = 15_000;

/** obs-websocket v5 output states, mapped to the encoder kind's events. */
const STREAM_EVENTS: Record<string, string> = {
  OBS_WEBSOCKET_OUTPUT_STARTED: "stream-started",
  OBS_WEBSOCKET_OUTPUT_STOPPED: "stream-stopped",
  OBS_WEBSOCKET_OUTPUT_RECONNECTING: "reconnecting",
  OBS_WEBSOCKET_OUTPUT_RECONNECTED: "reconnected",
};

interface StreamStatus {
  outputActive: boolean;
  outputReconnecting: boolean;
  outputTimecode: string;
  outputCongestion: number;
  outputBytes: number;
  outputSkippedFrames: number;
  outputTotalFrames: number;
}

/**
 * An encoder that runs OBS Studio. The hub is the obs-websocket client: it identifies with the
 * password, polls GetStreamStatus, listens to StreamStateChanged, and reports all of it as the encoder
 * kind's state and events, so the console shows it like any other encoder.
 */
export class ObsEncoderLink {
  private readonly obs = new OBSWebSocket();
  private readonly actor: Actor;
  private poll: NodeJS.Timeout | null = null;
  private retryMs = 1_000;
  private stopped = false;
  private linked = false;
  private lastBytes: { bytes: number; at: number } | null = null;
  private lastFailure: string | null = null;

  constructor(
    private readonly device: DeviceDefinition & { obs: NonNullable<DeviceDefinition["obs"]> },
    private readonly gateway: DeviceGateway,
    private readonly log: (line: string) => void,
  ) {
    this.actor = { operator: device.id, role: "device", workstation: "obs-websocket" };
    this.obs.on("ConnectionClosed", (error) => this.lost(error.message || `closed (${error.code})`));
    this.obs.on("StreamStateChanged", ({ outputState }) => {
      const name = STREAM_EVENTS[outputState];
      if (name) this.gateway.reportExternalEvent(this.device.id, name, {});
    });
  }

  start(): void {
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    try {
      const { obsWebSocketVersion } = await this.obs.connect(
        this.device.obs.address,
        this.device.obs.password,
        {
          eventSubscriptions: EventSubscription.Outputs,
        },
      );
      this.retryMs = 1_000;
      this.lastFailure = null;
      this.linked = true;
      this.gateway.linkExternal(
        {
          deviceId: this.device.id,
          kind: "encoder",
          actor: this.actor,
          command: (name) => this.command(name),
        },
        `obs-websocket ${obsWebSocketVersion}`,
      );
      this.poll = setInterval(() => void this.refresh(), POLL_MS);
      this.poll.unref();
      await this.refresh();
    } catch (error) {
      const reason = (error as Error).message || "connection refused";
      // Logged once per distinct reason, not on every retry.
      if (reason !== this.lastFailure)
        this.log(`obs: ${this.device.id}: cannot connect to ${this.device.obs.address}: ${reason}`);
      this.lastFailure = reason;
      this.lost(reason);
    }
  }

  private async refresh(): Promise<void> {
    try {
      const started = Date.now();
      const status = (await this.obs.call("GetStreamStatus")) as StreamStatus;
      const now = Date.now();
      const previous = this.lastBytes;
      this.lastBytes = { bytes: status.outputBytes, at: now };
      const bitrateKbps =
        previous && status.outputActive && now > previous.at
          ? Math.max(0, Math.round(((status.outputBytes - previous.bytes) * 8) / (now - previous.at)))
          : 0;
      this.gateway.reportExternalState(
        this.device.id,
        {
          streaming: status.outputActive,
          reconnecting: status.outputReconnecting,
          congestion: Math.min(1, Math.max(0, status.outputCongestion)),
          bitrateKbps,
          skippedFrames: status.outputSkippedFrames,
          totalFrames: status.outputTotalFrames,
          timecode: status.outputTimecode,
        },
        now - started,
      );
    } catch (error) {
      this.log(`obs: ${this.device.id}: GetStreamStatus failed: ${(error as Error).message}`);
    }
  }

  private async command(name: string): Promise<DeviceCommandResult> {
    try {
      if (name === "start-stream") await this.obs.call("StartStream");
      else if (name === "stop-stream") await this.obs.call("StopStream");
      else return { ok: false, error: `OBS encoders do not take "${name}"`, notSent: "invalid" };
      return { ok: true };
    } catch (error) {
      return { ok: false, error: (error as Error).message, rejected: true };
    }
  }

  private lost(reason: string): void {
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    this.lastBytes = null;
    if (this.linked) {
      this.linked = false;
      this.gateway.unlinkExternal(
        this.device.id,
        `OBS at ${this.device.obs.address}: ${reason}`,
        !this.stopped,
      );
    }
    if (this.stopped) return;
    const wait = this.retryMs * (0.5 + Math.random());
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
    setTimeout(() => void this.connect(), wait).unref();
  }

  stop(): void {
    this.stopped = true;
    void this.obs.disconnect();
  }
}

/** Starts a link for every encoder of the event that is configured as an OBS Studio instance. */
export function startObsLinks(
  devices: readonly DeviceDefinition[],
  gateway: DeviceGateway,
  log: (line: string) => void,
) {
  const links = devices
    .filter(
      (d): d is DeviceDefinition & { obs: NonNullable<DeviceDefinition["obs"]> } =>
        d.kind === "encoder" && d.obs !== undefined,
    )
    .map((d) => new ObsEncoderLink(d, gateway, log));
  for (const link of links) link.start();
  return () => {
    for (const link of links) link.stop();
  };
}
