import { z } from "zod";
import { Id } from "./common";

export const LOG_ENTRY_TYPES = ["general", "incident", "decision", "handover"] as const;
export type LogEntryType = (typeof LOG_ENTRY_TYPES)[number];
export const LOG_SEVERITIES = ["info", "warning", "critical"] as const;

/** METHANE, the standard first report of a major incident, one field per letter. */
export const Methane = z.object({
  majorIncident: z.boolean(),
  exactLocation: z.string().trim().min(1).max(300),
  type: z.string().trim().min(1).max(300),
  hazards: z.string().trim().min(1).max(300),
  access: z.string().trim().min(1).max(300),
  casualties: z.string().trim().min(1).max(300),
  emergencyServices: z.string().trim().min(1).max(300),
});
export type Methane = z.infer<typeof Methane>;

/** What an entry is about; any of them, all optional. */
export const LogLinks = z
  .object({
    roomId: Id.optional(),
    sessionId: Id.optional(),
    deviceId: Id.optional(),
    boothId: Id.optional(),
  })
  .strict();
export type LogLinks = z.infer<typeof LogLinks>;

/** Alerting rules of the event: an unacknowledged critical alert escalates after this long (venue time). */
export const AlertingSettings = z.object({
  escalateAfterSeconds: z.number().int().min(10).max(3600).default(120),
});
export type AlertingSettings = z.infer<typeof AlertingSettings>;
export const DEFAULT_ALERTING: AlertingSettings = AlertingSettings.parse({});
