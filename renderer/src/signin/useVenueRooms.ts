import { useEffect, useState } from "react";
import type { LocalizedText } from "../../../shared/model/common";
import { useHub } from "../state/hubStore";

export interface RoomChoice {
  id: string;
  name: LocalizedText;
}

/**
 * The venue's rooms a stage manager picks from: the live event's, or, before this console may read the
 * state (the hub wants the access code first), the public programme's.
 */
export function useVenueRooms(active: boolean): RoomChoice[] {
  const liveRooms = useHub((s) => s.live?.event?.venue.rooms ?? null);
  const [publicRooms, setPublicRooms] = useState<RoomChoice[]>([]);
  const needPublic = active && liveRooms === null;
  useEffect(() => {
    if (!needPublic) return;
    const abort = new AbortController();
    fetch("/api/programme", { cache: "no-store", signal: abort.signal })
      .then((response) => response.json() as Promise<{ event?: { venue?: { rooms?: RoomChoice[] } } }>)
      .then((programme) => setPublicRooms(programme.event?.venue?.rooms ?? []))
      .catch(() => undefined);
    return () => abort.abort();
  }, [needPublic]);
  return (liveRooms ?? publicRooms).map((r) => ({ id: r.id, name: r.name }));
}
