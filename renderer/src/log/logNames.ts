import { useMemo } from "react";
import type { LogEntry } from "../../../shared/live/liveState";
import type { EventFile } from "../../../shared/model/eventFile";
import { pickText, useLocale } from "../i18n/i18n";

export interface LogNames {
  room: (id: string) => string;
  session: (id: string) => string;
  device: (id: string) => string;
  booth: (id: string) => string;
  /** The room an entry is about, from its room, or its session's, device's or booth's room. */
  roomOf: (links: LogEntry["links"]) => string | null;
}

export function useLogNames(event: EventFile): LogNames {
  const locale = useLocale();
  return useMemo(() => {
    const rooms = new Map(event.venue.rooms.map((r) => [r.id, r]));
    const sessions = new Map(event.sessions.map((s) => [s.id, s]));
    const devices = new Map(event.devices.map((d) => [d.id, d]));
    const booths = new Map(event.booths.map((b) => [b.id, b]));
    const room = (id: string) => {
      const found = rooms.get(id);
      return found ? pickText(found.name, locale) : id;
    };
    return {
      room,
      session: (id) => {
        const found = sessions.get(id);
        return found ? pickText(found.title, locale) : id;
      },
      device: (id) => devices.get(id)?.label ?? id,
      booth: (id) => {
        const found = booths.get(id);
        return found ? `${found.language.toUpperCase()} · ${room(found.roomId)}` : id;
      },
      roomOf: (links) => {
        if (links.roomId) return links.roomId;
        if (links.sessionId) return sessions.get(links.sessionId)?.roomId ?? null;
        if (links.deviceId) {
          const device = devices.get(links.deviceId);
          return device?.roomId ?? (device?.boothId ? (booths.get(device.boothId)?.roomId ?? null) : null);
        }
        if (links.boothId) return booths.get(links.boothId)?.roomId ?? null;
        return null;
      },
    };
  }, [event, locale]);
}
