import { z } from "zod";

/**
 * The parts of a frab/pretalx schedule (schedule.json, or schedule.xml read into the same shape) that an
 * import uses. Lenient where real exports differ (ids as numbers or strings, null tracks); each level is
 * checked on its own so that one broken event is reported without losing the others.
 */
const FrabId = z.union([z.number(), z.string().trim().min(1)]);
const Text = z.string().trim().min(1);

export const FrabPerson = z.object({
  id: FrabId.optional(),
  guid: z.string().optional(),
  code: z.string().optional(),
  public_name: z.string().optional(),
  name: z.string().optional(),
});
export type FrabPerson = z.infer<typeof FrabPerson>;

export const FrabEvent = z.object({
  id: FrabId.optional(),
  guid: z.string().trim().min(1).optional(),
  date: z.string().optional(),
  start: Text,
  duration: Text,
  room: z.string().optional(),
  title: Text,
  type: z.string().nullish(),
  track: z.string().nullish(),
  language: z.string().nullish(),
  persons: z.array(z.unknown()).nullish(),
});
export type FrabEvent = z.infer<typeof FrabEvent>;

export const FrabDay = z.object({
  index: z.union([z.number(), z.string()]).optional(),
  date: z.iso.date("must be a date such as 2024-10-25"),
  day_start: z.string().optional(),
  day_end: z.string().optional(),
  rooms: z.record(z.string(), z.array(z.unknown())),
});
export type FrabDay = z.infer<typeof FrabDay>;

export const FrabRoom = z.object({
  name: Text,
  capacity: z.coerce.number().int().nonnegative().nullish(),
});

export const FrabConference = z.object({
  acronym: z.string().optional(),
  title: z.string().optional(),
  time_zone_name: z.string().optional(),
  rooms: z.array(z.unknown()).optional(),
  days: z.array(z.unknown()),
});
export type FrabConference = z.infer<typeof FrabConference>;
