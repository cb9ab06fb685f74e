import { z } from "zod";
import { Id, LocalizedText, Point } from "./common";

export const ROOM_TYPES = [
  "plenary",
  "meeting",
  "studio",
  "exhibition",
  "press",
  "green-room",
  "control-room",
  "registration",
] as const;
export const RoomType = z.enum(ROOM_TYPES);
export type RoomType = z.infer<typeof RoomType>;

export const Floor = z.object({
  id: Id,
  name: LocalizedText,
  /** 1 = ground floor; used to order the floor switcher. */
  level: z.number().int(),
  /** Plan extent in metres; room polygons lie inside it. */
  width: z.number().positive(),
  height: z.number().positive(),
  /** Outer walls of the building on this floor. */
  outline: z.array(Point).min(3),
});
export type Floor = z.infer<typeof Floor>;

export const Room = z.object({
  id: Id,
  floorId: Id,
  name: LocalizedText,
  type: RoomType,
  capacity: z.number().int().nonnegative(),
  polygon: z.array(Point).min(3),
});
export type Room = z.infer<typeof Room>;

export const Venue = z.object({
  name: LocalizedText,
  address: LocalizedText.optional(),
  floors: z.array(Floor).min(1),
  rooms: z.array(Room).min(1),
});
export type Venue = z.infer<typeof Venue>;
