import type { SessionKind, SPEAKER_MODES, SPEAKER_ROLES } from "../model/programme";
import type { RoomType } from "../model/venue";
import type { ImportProblem, Origin } from "./report";

/**
 * What an importer read, before it meets an event file. Every field an input does not carry is left out
 * (undefined), so that a merge keeps the event's own value and only new items get defaults, reported.
 */
export type ImportFormat = "frab-json" | "frab-xml" | "csv";

/** A name or title in whichever of the two console languages the input gave. */
export interface ImportedText {
  en?: string;
  zh?: string;
}

export interface ImportedConference {
  origin: Origin;
  id?: string;
  name?: ImportedText;
  organiser?: ImportedText;
  venueName?: ImportedText;
  /** IANA zone the input's local times are in. */
  timeZone?: string;
  /** Venue-local dates the input lists as the event's days. */
  days: string[];
}

export interface ImportedRoom {
  id: string;
  origin: Origin;
  name: ImportedText;
  type?: RoomType;
  capacity?: number;
  floorId?: string;
  /** True when the id was made up from the name: a room of the same name in the event is the same room. */
  matchByName: boolean;
}

export type SpeakerRole = (typeof SPEAKER_ROLES)[number];
export type SpeakerMode = (typeof SPEAKER_MODES)[number];

export interface ImportedSessionSpeaker {
  personId: string;
  role?: SpeakerRole;
  mode?: SpeakerMode;
}

/** Session fields an import can say something about, for locating problems. */
export type SessionField = "id" | "title" | "kind" | "roomId" | "start" | "end" | "languages" | "speakers";

export interface ImportedSession {
  id: string;
  origin: Origin;
  /** Where individual fields were read (a CSV column, a JSON path), when that differs from `origin`. */
  fields: Partial<Record<SessionField, Origin>>;
  title: ImportedText;
  roomId: string;
  /** Instants in the venue's zone. */
  start: string;
  end: string;
  kind?: SessionKind;
  /** The input's own word for the kind (frab `type`), for the report. */
  kindSource?: string;
  languages?: string[];
  /** frab knows only the floor language: a merge keeps the event's interpretation languages after it. */
  floorLanguageOnly?: boolean;
  /** null: the input says there is none. */
  topic?: string | null;
  speakers?: ImportedSessionSpeaker[];
}

export interface ImportedSpeaker {
  id: string;
  origin: Origin;
  name: string;
  nameZh?: string | null;
  title?: string | null;
  organisation?: string;
  city?: string;
  country?: string;
  timeZone?: string;
  matchByName: boolean;
}

export interface ImportedInterpreter {
  id: string;
  origin: Origin;
  name: string;
  languages: { a: string[]; b?: string[]; c?: string[] };
  remote?: boolean;
}

/** Collections an input does not carry at all are undefined: nothing in them is added or removed. */
export interface ImportedSchedule {
  format: ImportFormat;
  /** The venue zone the importer expressed every instant in. */
  timeZone?: string;
  conference?: ImportedConference;
  rooms?: ImportedRoom[];
  sessions?: ImportedSession[];
  speakers?: ImportedSpeaker[];
  interpreters?: ImportedInterpreter[];
}

export interface ImportResult {
  schedule: ImportedSchedule;
  problems: ImportProblem[];
}

export const sessionOrigin = (session: ImportedSession, field: SessionField): Origin =>
  session.fields[field] ?? session.origin;

/** Whatever text there is, English first: for messages. */
export const anyText = (text: ImportedText | undefined) => text?.en ?? text?.zh ?? "";
