import { z } from "zod";
import { Id, Instant, LanguageCode, LocalizedText } from "./common";
import { Cue } from "./cues";

export const SESSION_KINDS = ["online", "hybrid", "in-person", "exhibition"] as const;
export const SessionKind = z.enum(SESSION_KINDS);
export type SessionKind = z.infer<typeof SessionKind>;

export const SPEAKER_ROLES = [
  "host",
  "chair",
  "moderator",
  "keynote",
  "speaker",
  "panelist",
  "presenter",
] as const;
export const SPEAKER_MODES = ["in-person", "remote", "recorded"] as const;

export const SessionSpeaker = z.object({
  personId: Id,
  role: z.enum(SPEAKER_ROLES),
  mode: z.enum(SPEAKER_MODES),
});
export type SessionSpeaker = z.infer<typeof SessionSpeaker>;

export const Session = z.object({
  id: Id,
  title: LocalizedText,
  kind: SessionKind,
  roomId: Id,
  start: Instant,
  end: Instant,
  /** Languages spoken on the floor and interpreted into; the first is the usual floor language. */
  languages: z.array(LanguageCode).min(1),
  /** Published topic tag, when the session belongs to one of the forum's themes. */
  topic: z.string().optional(),
  speakers: z.array(SessionSpeaker).default([]),
  /** The run of show, when it is prepared ahead; stage managers edit it live too. */
  cues: z.array(Cue).default([]),
});
export type Session = z.infer<typeof Session>;

export const Language = z.object({
  code: LanguageCode,
  name: LocalizedText,
});
export type Language = z.infer<typeof Language>;

/** One booth per outgoing language in a room; channel 0 is the floor by convention. */
export const Booth = z.object({
  id: Id,
  roomId: Id,
  language: LanguageCode,
  outputChannel: z.number().int().min(1),
});
export type Booth = z.infer<typeof Booth>;
