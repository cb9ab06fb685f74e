import { useShallow } from "zustand/react/shallow";
import { assignmentKey } from "../../../../shared/live/liveState";
import type { EventFile } from "../../../../shared/model/eventFile";
import { FLOOR_SOURCE } from "../../../../shared/model/interpretation";
import type { Booth } from "../../../../shared/model/programme";
import { useHub } from "../../state/hubStore";
import { boothConsoleId } from "./useBoothConsole";

export interface RelaySources {
  /** As assigned for the session. */
  planned: Record<string, string>;
  /** What a connected console working the session reports, else the plan. */
  effective: Record<string, string>;
}

/** The relay sources of a session's booths; re-renders only when one of them changes. */
export function useRelaySources(event: EventFile, sessionId: string, booths: readonly Booth[]): RelaySources {
  const flat = useHub(
    useShallow((s) => {
      const out: Record<string, string> = {};
      for (const booth of booths) {
        const planned = s.live?.assignments[assignmentKey(sessionId, booth.id)]?.relaySource ?? FLOOR_SOURCE;
        const consoleId = boothConsoleId(event, booth.id);
        const telemetry = consoleId ? s.telemetry[consoleId] : undefined;
        const working = s.live?.booths[booth.id]?.sessionId === sessionId;
        const reported = telemetry?.connected ? telemetry.state.relaySource : undefined;
        out[`p:${booth.id}`] = planned;
        out[`e:${booth.id}`] = working && typeof reported === "string" ? reported : planned;
      }
      return out;
    }),
  );
  const planned: Record<string, string> = {};
  const effective: Record<string, string> = {};
  for (const booth of booths) {
    planned[booth.id] = flat[`p:${booth.id}`] ?? FLOOR_SOURCE;
    effective[booth.id] = flat[`e:${booth.id}`] ?? FLOOR_SOURCE;
  }
  return { planned, effective };
}
