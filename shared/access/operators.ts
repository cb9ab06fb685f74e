import { z } from "zod";
import { Id } from "../model/common";

/** Who may sign in on a console, and what each role is for. */
export const OPERATOR_ROLES = ["stage-manager", "interpreter-coordinator", "duty-officer", "viewer"] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

/** A person signed in on a console or calling the HTTP API. A stage manager names the rooms they run. */
export const Operator = z
  .object({
    name: z.string().trim().min(1, "say who you are").max(80),
    role: z.enum(OPERATOR_ROLES),
    rooms: z.array(Id).max(50).default([]),
  })
  .refine((o) => o.role !== "stage-manager" || o.rooms.length > 0, {
    message: "a stage manager chooses at least one room",
    path: ["rooms"],
  });
export type Operator = z.infer<typeof Operator>;
