import { z } from "zod";
import { CalendarDate, Id, LocalizedText, TimeZoneName } from "./common";
import { DeviceDefinition } from "./devices";
import { BoothAssignment, DEFAULT_INTERPRETATION, InterpretationSettings } from "./interpretation";
import { AlertingSettings, DEFAULT_ALERTING } from "./logbook";
import { People } from "./people";
import { Booth, Language, Session } from "./programme";
import { DEFAULT_READINESS, ReadinessSettings } from "./readiness";
import { Venue } from "./venue";

/** Bumped when an event file written by this version can no longer be read by an older one. */
export const EVENT_SCHEMA_VERSION = 1;

export const EventMeta = z.object({
  id: Id,
  name: LocalizedText,
  shortName: LocalizedText.optional(),
  organiser: LocalizedText,
  theme: LocalizedText.optional(),
  /** Venue time zone: every clock in the console shows this zone unless it says otherwise. */
  timeZone: TimeZoneName,
  /** Each day of the event, in order, as venue-local calendar dates. */
  days: z.array(CalendarDate).min(1),
  /** True when names, rooms and times are invented for rehearsal or demonstration. */
  illustrative: z.boolean().default(false),
  illustrativeNote: LocalizedText.optional(),
  /** Published headline figures, shown in the About box. */
  facts: z.record(z.string(), z.number().int().nonnegative()).optional(),
});
export type EventMeta = z.infer<typeof EventMeta>;

export const EventFile = z.object({
  schemaVersion: z.literal(EVENT_SCHEMA_VERSION),
  event: EventMeta,
  venue: Venue,
  languages: z.array(Language).min(1),
  booths: z.array(Booth),
  interpretation: InterpretationSettings.default(DEFAULT_INTERPRETATION),
  readiness: ReadinessSettings.default(DEFAULT_READINESS),
  alerting: AlertingSettings.default(DEFAULT_ALERTING),
  sessions: z.array(Session),
  /** Interpreters per booth and session; coordinators change them live. */
  assignments: z.array(BoothAssignment).default([]),
  people: People,
  devices: z.array(DeviceDefinition),
});
export type EventFile = z.infer<typeof EventFile>;
export type EventFileInput = z.input<typeof EventFile>;
