import { z } from "zod";
import { Id } from "./common";

/** Departments and cue types as stage managers call them. */
export const CUE_DEPARTMENTS = ["AV", "VID", "LX", "SND", "STG", "TLNT", "GFX"] as const;
export const CUE_TYPES = ["STBY", "GO", "HOLD", "RELEASE"] as const;

/** One line of a session's run of show. */
export const Cue = z.object({
  id: Id,
  /** As called on headset: "1", "12", "12.5". */
  number: z.string().regex(/^\d+(\.\d+)?$/, "must be a cue number such as 12 or 12.5"),
  department: z.enum(CUE_DEPARTMENTS),
  type: z.enum(CUE_TYPES),
  action: z.string().trim().min(1).max(200),
  notes: z.string().max(500).optional(),
  /** Planned minutes after the session's start. */
  offsetMin: z
    .number()
    .min(0)
    .max(24 * 60)
    .optional(),
});
export type Cue = z.infer<typeof Cue>;
