import type { LiveState } from "../../../shared/live/liveState";
import type { DeviceDefinition, DeviceKind } from "../../../shared/model/devices";
import type { EventFile } from "../../../shared/model/eventFile";
import type { Session } from "../../../shared/model/programme";

const MINUTE = 60_000;

export interface SimulationContext {
  now: number;
  event: EventFile;
  rooms: LiveState["rooms"];
  device: DeviceDefinition;
  random: () => number;
  /** Per-device scratch space that lives as long as the simulated device. */
  memory: Record<string, unknown>;
}

export interface SimulationStep {
  state?: Record<string, unknown>;
  events?: { name: string; data: Record<string, unknown> }[];
}

type Behaviour = (ctx: SimulationContext) => SimulationStep;

export function deviceRoomId(event: EventFile, device: DeviceDefinition): string | undefined {
  return device.roomId ?? event.booths.find((b) => b.id === device.boothId)?.roomId;
}

function sessionsIn(ctx: SimulationContext): { current?: Session; next?: Session } {
  const roomId = deviceRoomId(ctx.event, ctx.device);
  const inRoom = ctx.event.sessions
    .filter((s) => s.roomId === roomId)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const current = inRoom.find((s) => Date.parse(s.start) <= ctx.now && ctx.now < Date.parse(s.end));
  const next = inRoom.find((s) => Date.parse(s.start) > ctx.now);
  return { ...(current ? { current } : {}), ...(next ? { next } : {}) };
}

/** Emits an event once per key, remembered in the device's memory. */
function once(ctx: SimulationContext, key: string): boolean {
  if (ctx.memory[key]) return false;
  ctx.memory[key] = true;
  return true;
}

/** The hub's last `show-turn` for this console, as the simulated device received it. */
interface ShownTurn {
  interpreterId: string | null;
  nextInterpreterId: string | null;
  startedAt: string | null;
  turnMinutes: number;
}

/**
 * A booth desk that follows the hub's record of the turn: the interpreter the hub names is on the
 * microphone, and hands over to the next one about when the turn is due (a little early or late, as
 * people do), by the same handover-done event a booth tablet sends.
 */
const boothConsole: Behaviour = (ctx) => {
  const booth = ctx.event.booths.find((b) => b.id === ctx.device.boothId);
  const turn = ctx.memory["command:show-turn"] as ShownTurn | undefined;
  const onMic = turn?.interpreterId ?? null;
  if (!booth || onMic === null || turn?.startedAt == null) {
    return {
      state: {
        micLive: false,
        channel: booth?.outputChannel ?? 0,
        inputLevelDb: -90,
        occupied: false,
        activeInterpreterId: null,
      },
    };
  }
  const events: SimulationStep["events"] = [];
  // Each turn gets its own lateness, from 60 s early to 30 s late, fixed when the turn is first seen.
  if (ctx.memory.turnStartedAt !== turn.startedAt) {
    ctx.memory.turnStartedAt = turn.startedAt;
    ctx.memory.handoverAtMs =
      Date.parse(turn.startedAt) + turn.turnMinutes * MINUTE + (ctx.random() * 90 - 60) * 1000;
  }
  if (
    turn.nextInterpreterId &&
    ctx.now >= (ctx.memory.handoverAtMs as number) &&
    once(ctx, `handover:${turn.startedAt}`)
  ) {
    events.push({ name: "handover-done", data: { toInterpreterId: turn.nextInterpreterId } });
  }
  // Now and then (a few times a day per booth) a booth asks the technician for help or the chair to slow down.
  if (ctx.random() < 0.00005)
    events.push({ name: "help-request", data: { note: "no sound from the floor" } });
  if (ctx.random() < 0.0001) events.push({ name: "speak-slowly", data: {} });
  // The source the hub last set, else the one planned for the session in the event file.
  const { current } = sessionsIn(ctx);
  const commanded = ctx.memory["command:set-relay"] as { source?: string } | undefined;
  const planned = ctx.event.assignments.find((a) => a.sessionId === current?.id && a.boothId === booth.id);
  const relaySource = commanded?.source ?? planned?.relaySource ?? "floor";
  const remote = ctx.event.people.interpreters.find((i) => i.id === onMic)?.remote ?? false;
  return {
    state: {
      micLive: true,
      channel: booth.outputChannel,
      relaySource,
      inputLevelDb: Math.round(-28 + ctx.random() * 16),
      occupied: true,
      activeInterpreterId: onMic,
      partnerStatus: remote ? "broadcasting" : "available",
    },
    events,
  };
};

const encoder: Behaviour = (ctx) => {
  const { current } = sessionsIn(ctx);
  const streaming = current !== undefined && (current.kind === "online" || current.kind === "hybrid");
  const frames = (ctx.memory.totalFrames as number | undefined) ?? 0;
  const events: SimulationStep["events"] = [];
  if (streaming !== (ctx.memory.streaming ?? false))
    events.push({ name: streaming ? "stream-started" : "stream-stopped", data: {} });
  ctx.memory.streaming = streaming;
  if (!streaming)
    return { state: { streaming: false, reconnecting: false, bitrateKbps: 0, congestion: 0 }, events };
  const reconnecting = ctx.random() < 0.002;
  if (reconnecting) events.push({ name: "reconnecting", data: {} });
  const totalFrames = frames + 30;
  const skipped = ((ctx.memory.skippedFrames as number | undefined) ?? 0) + (ctx.random() < 0.05 ? 1 : 0);
  ctx.memory.totalFrames = totalFrames;
  ctx.memory.skippedFrames = skipped;
  return {
    state: {
      streaming: true,
      reconnecting,
      congestion: Math.round(ctx.random() * 15) / 100,
      bitrateKbps: Math.round(5_800 + ctx.random() * 400),
      totalFrames,
      skippedFrames: skipped,
    },
    events,
  };
};

const roomController: Behaviour = (ctx) => {
  const roomId = deviceRoomId(ctx.event, ctx.device);
  const room = ctx.event.venue.rooms.find((r) => r.id === roomId);
  const status = roomId ? ctx.rooms[roomId]?.status : undefined;
  const { current } = sessionsIn(ctx);
  const audience = current !== undefined && current.kind !== "online";
  const fill = status === "live" && audience ? 0.6 + ctx.random() * 0.3 : status === "doors-open" ? 0.2 : 0;
  return {
    state: {
      occupancy: Math.round((room?.capacity ?? 0) * fill),
      doors:
        status === "doors-open" || (status === "live" && audience)
          ? "open"
          : status === "closed"
            ? "locked"
            : "closed",
      avPower: status !== undefined && status !== "closed",
      faults: [],
      warnings: [],
    },
  };
};

const stageTimer: Behaviour = (ctx) => {
  const { current } = sessionsIn(ctx);
  if (!current) return { state: { mode: "clock" } };
  return {
    state: { mode: "countdown", remainingSec: Math.round((Date.parse(current.end) - ctx.now) / 1000) },
  };
};

const doorPanel: Behaviour = (ctx) => {
  const { current, next } = sessionsIn(ctx);
  return { state: { showingSessionId: current?.id ?? next?.id ?? null, brightness: 0.8 } };
};

/** Kiosks check each in-person speaker in between 90 and 45 minutes before their session. */
const checkinKiosk: Behaviour = (ctx) => {
  const events: SimulationStep["events"] = [];
  const kiosks = ctx.event.devices.filter((d) => d.kind === "checkin-kiosk").map((d) => d.id);
  for (const session of ctx.event.sessions) {
    const until = Date.parse(session.start) - ctx.now;
    if (until > 90 * MINUTE || until < 45 * MINUTE) continue;
    for (const speaker of session.speakers) {
      if (speaker.mode !== "in-person") continue;
      // Spread speakers over the kiosks so that each is checked in exactly once.
      const kiosk = kiosks[Math.abs(hash(speaker.personId + session.id)) % kiosks.length];
      if (kiosk !== ctx.device.id || !once(ctx, `${session.id}:${speaker.personId}`)) continue;
      events.push({ name: "check-in", data: { personId: speaker.personId, sessionId: session.id } });
    }
  }
  return { state: { ready: true, queue: Math.floor(ctx.random() * 4), printerOk: true }, events };
};

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}

export const BEHAVIOURS: Readonly<Record<DeviceKind, Behaviour>> = {
  "booth-console": boothConsole,
  "room-controller": roomController,
  encoder,
  "stage-timer": stageTimer,
  "door-panel": doorPanel,
  "checkin-kiosk": checkinKiosk,
};
