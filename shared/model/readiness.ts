import { z } from "zod";
import type { SPEAKER_MODES } from "./programme";

export type SpeakerMode = (typeof SPEAKER_MODES)[number];

/**
 * What must be true of a speaker before their slot, by how they take part. In person: arrived, in the
 * green room, microphone fitted and level checked, slides received and loaded. Remote: link tested in the
 * virtual green room, camera and audio good, a backup dial-in known, on standby. Recorded: the video
 * received, checked and cued.
 */
export const READINESS_ITEMS = {
  "in-person": ["checked-in", "green-room", "mic-fitted", "mic-level", "slides-received", "slides-loaded"],
  remote: ["link-tested", "camera-ok", "audio-ok", "backup-dial-in", "standby"],
  recorded: ["video-received", "video-checked", "video-cued"],
} as const satisfies Record<SpeakerMode, readonly string[]>;

export type ReadinessItem = (typeof READINESS_ITEMS)[SpeakerMode][number];
export const ALL_READINESS_ITEMS: readonly ReadinessItem[] = [
  ...new Set<ReadinessItem>(Object.values(READINESS_ITEMS).flat()),
];

/** Items that name a version (which slide deck, which video file). */
export const VERSIONED_ITEMS: ReadonlySet<ReadinessItem> = new Set([
  "slides-received",
  "slides-loaded",
  "video-received",
]);

/**
 * Deadlines before a slot (in minutes) and the night hours that make a remote speaker's slot a concern.
 * Defaults: check-in 45 min before, the remote tech check 30, everything 15; night 22:00 to 06:00.
 */
export const ReadinessSettings = z.object({
  checkInMinutes: z.number().int().min(0).max(600).default(45),
  techCheckMinutes: z.number().int().min(0).max(600).default(30),
  readyMinutes: z.number().int().min(0).max(600).default(15),
  nightStartHour: z.number().int().min(0).max(23).default(22),
  nightEndHour: z.number().int().min(0).max(23).default(6),
});
export type ReadinessSettings = z.infer<typeof ReadinessSettings>;
export const DEFAULT_READINESS: ReadinessSettings = ReadinessSettings.parse({});
