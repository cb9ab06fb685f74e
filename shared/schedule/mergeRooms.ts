import type { Room } from "../model/venue";
import type { ImportedRoom } from "./importedSchedule";
import { type MergeContext, sameName } from "./mergeContext";
import { mergeText } from "./mergeText";
import { placeholderPolygons } from "./roomPlacement";

/** Rooms by id, or by name when the import made its ids up; new rooms get a placeholder on the floor plan. */
export function mergeRooms(merge: MergeContext, rooms: readonly ImportedRoom[]): void {
  const { event, notes } = merge;
  const fresh: { room: Room; origin: ImportedRoom["origin"] }[] = [];
  for (const imported of rooms) {
    const byName = imported.matchByName ? roomNamed(imported, event.venue.rooms) : undefined;
    const existing = event.venue.rooms.find((r) => r.id === imported.id) ?? byName;
    if (existing && existing.id !== imported.id) {
      notes.log.info(
        "matched-by-name",
        imported.origin,
        `room "${imported.name.en ?? imported.name.zh}" is the event's room "${existing.id}" (same name)`,
        "nothing to do; rename the room in one of them if they are different rooms",
      );
    }
    merge.roomIds.set(imported.id, existing?.id ?? imported.id);
    const name = mergeText(imported.name, existing?.name);
    if (name.borrowed)
      notes.note("room-name", imported.origin, {
        severity: "info",
        kind: "missing-chinese",
        describe: (n, at) =>
          `${n} room name${n === 1 ? " has" : "s have"} only one language${at}; it is used for both`,
        hint: "add the name in the other language (rooms.csv name_en / name_zh, or the event file)",
      });
    if (!existing) {
      if (imported.type === undefined || imported.capacity === undefined)
        notes.note("room-defaults", imported.origin, {
          severity: "info",
          kind: "defaulted",
          describe: (n, at) =>
            `${n} new room${n === 1 ? "" : "s"} without type or capacity${at}: type "meeting", capacity 0`,
          hint: "give type and capacity in rooms.csv or the event file",
        });
      const room: Room = {
        id: imported.id,
        floorId: imported.floorId ?? event.venue.floors[0]?.id ?? "floor-1",
        name: name.text,
        type: imported.type ?? "meeting",
        capacity: imported.capacity ?? 0,
        polygon: [],
      };
      fresh.push({ room, origin: imported.origin });
      merge.track("rooms", room.id, undefined, room);
      continue;
    }
    const after: Room = {
      ...existing,
      name: name.text,
      ...(imported.type !== undefined ? { type: imported.type } : {}),
      ...(imported.capacity !== undefined ? { capacity: imported.capacity } : {}),
      ...(imported.floorId !== undefined ? { floorId: imported.floorId } : {}),
    };
    merge.track("rooms", existing.id, existing, after);
    Object.assign(existing, after);
  }
  placeNewRooms(merge, fresh);
}

function roomNamed(imported: ImportedRoom, rooms: readonly Room[]): Room | undefined {
  const names = [imported.name.en, imported.name.zh].filter((n) => n !== undefined);
  return rooms.find((room) =>
    names.some((n) => sameName(n, room.name.en) || sameName(n, room.name["zh-CN"])),
  );
}

function placeNewRooms(
  merge: MergeContext,
  fresh: readonly { room: Room; origin: ImportedRoom["origin"] }[],
): void {
  const { event, notes } = merge;
  const floors = new Map(event.venue.floors.map((f) => [f.id, f]));
  for (const floor of floors.values()) {
    const here = fresh.filter((f) => f.room.floorId === floor.id);
    const drawn = event.venue.rooms.some((r) => r.floorId === floor.id);
    const polygons = placeholderPolygons(floor, here.length, drawn);
    here.forEach((f, i) => {
      f.room.polygon = polygons[i] ?? [];
      notes.note(`room-placeholder-${floor.id}`, f.origin, {
        severity: "warning",
        kind: "placeholder",
        describe: (n, at) =>
          `${n} new room${n === 1 ? " has" : "s have"} no place on the floor plan${at}: drawn as ${n === 1 ? "a placeholder" : "placeholders"} on "${floor.id}"`,
        hint: "draw each room's polygon in the event file (venue.rooms[].polygon)",
      });
    });
  }
  // A floor id the event does not have: left as given, so validation names it.
  for (const f of fresh) event.venue.rooms.push(f.room);
}
