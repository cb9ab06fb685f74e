import { venueNowMs } from "../live/clock";
import type { LiveState } from "../live/liveState";
import type { Command } from "./commands";
import { accept, type Decision, refuse } from "./decision";

type LogCommand = Extract<Command, { type: "log.add" | "alert.acknowledge" }>;

/** Links must name things the event has, so the day report can list an entry under its room or session. */
function unknownLink(
  state: LiveState,
  links: Extract<Command, { type: "log.add" }>["links"],
): Decision | null {
  const event = state.event;
  const checks: [keyof typeof links, boolean][] = [
    ["roomId", !links.roomId || !!event?.venue.rooms.some((r) => r.id === links.roomId)],
    ["sessionId", !links.sessionId || !!event?.sessions.some((s) => s.id === links.sessionId)],
    ["deviceId", !links.deviceId || !!event?.devices.some((d) => d.id === links.deviceId)],
    ["boothId", !links.boothId || !!event?.booths.some((b) => b.id === links.boothId)],
  ];
  const bad = checks.find(([, ok]) => !ok);
  if (!bad) return null;
  return refuse({
    code: "not_found",
    field: `links.${bad[0]}`,
    message: `unknown ${bad[0].slice(0, -2)} "${links[bad[0]]}"`,
  });
}

/** The incident log (append-only) and acknowledging alerts. */
export function decideLog(state: LiveState, command: LogCommand, wallMs: number): Decision {
  const nowMs = venueNowMs(state.clock, wallMs);
  const venueTime = new Date(nowMs).toISOString();
  if (command.type === "alert.acknowledge") {
    const alert = state.alerts[command.alertId];
    if (!alert)
      return refuse({ code: "not_found", field: "alertId", message: `unknown alert "${command.alertId}"` });
    if (alert.acknowledged !== null || alert.resolvedAt !== null) return accept();
    return accept({ type: "alert.acknowledged", alertId: alert.id, venueTime });
  }
  const bad = unknownLink(state, command.links);
  if (bad) return bad;
  if (command.corrects !== undefined && !state.log.some((e) => e.id === command.corrects)) {
    return refuse({
      code: "not_found",
      field: "corrects",
      message: `no log entry "${command.corrects}" to correct`,
    });
  }
  if (command.occurredAt !== undefined && Date.parse(command.occurredAt) > nowMs + 60_000) {
    return refuse({
      code: "invalid",
      field: "occurredAt",
      message: `"${command.occurredAt}" is in the future (venue time now ${venueTime})`,
    });
  }
  return accept({
    type: "log.added",
    entry: {
      // The journal's next sequence number: unique, and the same on every replay.
      id: `log-${state.seq + 1}`,
      entryType: command.entryType,
      severity: command.severity,
      text: command.text,
      reason: command.reason ?? null,
      occurredAt: command.occurredAt ? new Date(command.occurredAt).toISOString() : venueTime,
      enteredAt: venueTime,
      links: command.links,
      keyEvent: command.keyEvent,
      corrects: command.corrects ?? null,
      methane: command.methane ?? null,
    },
  });
}
