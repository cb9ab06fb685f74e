import { IANAZone } from "luxon";
import type {
  ImportedConference,
  ImportedRoom,
  ImportedSession,
  ImportedSessionSpeaker,
  ImportFormat,
  ImportResult,
  SessionField,
} from "../importedSchedule";
import { languageCode } from "../languages";
import { instantMillis, toInstant } from "../localTime";
import { type Origin, ProblemLog } from "../report";
import { slugify, uniqueId } from "../slug";
import { kindFromFrab } from "./frabKinds";
import type { FrabLocator } from "./frabLocator";
import { FrabConference, FrabDay, FrabEvent, FrabRoom } from "./frabSchema";
import { FrabSpeakers, textIn } from "./frabSpeakers";
import { checkDayOfEvent, durationMinutes, eventStart } from "./frabTimes";
import type { PathSegment } from "./jsonPaths";
import { reportIssues } from "./zodProblems";

export interface FrabOptions {
  /** The zone of the event merged into: instants are written in it, whatever the schedule's zone. */
  timeZone?: string;
}

const CONFERENCE: PathSegment[] = ["schedule", "conference"];

interface SeenEvent {
  id: string;
  guid?: string;
  origin: Origin;
  signature: string;
}

/** Reads a frab/pretalx schedule (JSON, or XML brought into the JSON shape) into an imported schedule. */
export function mapFrabSchedule(
  document: unknown,
  format: ImportFormat,
  locator: FrabLocator,
  options: FrabOptions = {},
): ImportResult {
  const log = new ProblemLog();
  const empty: ImportResult = { schedule: { format }, problems: log.problems };
  const rawConference = (document as { schedule?: { conference?: unknown } } | null)?.schedule?.conference;
  if (typeof rawConference !== "object" || rawConference === null) {
    log.error(
      "not-a-schedule",
      locator.at(["schedule"]),
      "not a frab/pretalx schedule: there is no schedule.conference",
      "export the schedule as frab JSON or XML (pretalx: /<event>/schedule/export/schedule.json)",
    );
    return empty;
  }
  const parsed = FrabConference.safeParse(rawConference);
  if (!parsed.success) {
    reportIssues(parsed.error, rawConference, CONFERENCE, locator, log);
    return empty;
  }
  const conference = parsed.data;
  const zones = conferenceZones(conference, locator, log, options);
  if (!zones) return empty;

  const rooms = new FrabRooms(locator, log);
  rooms.declare(conference.rooms ?? []);
  const speakers = new FrabSpeakers(locator, log);
  const sessions: ImportedSession[] = [];
  const seen = new SessionIds(log);
  const kinds = new Map<string, { kind: string; count: number }>();
  const days: string[] = [];

  conference.days.forEach((rawDay, d) => {
    const dayPath = [...CONFERENCE, "days", d];
    const day = FrabDay.safeParse(rawDay);
    if (!day.success) {
      reportIssues(day.error, rawDay, dayPath, locator, log);
      return;
    }
    days.push(day.data.date);
    for (const [roomName, events] of Object.entries(day.data.rooms)) {
      const roomId = rooms.idFor(roomName, [...dayPath, "rooms", roomName]);
      events.forEach((rawEvent, k) => {
        const path = [...dayPath, "rooms", roomName, k];
        const at = (field: string) => locator.at([...path, field]);
        const event = FrabEvent.safeParse(rawEvent);
        if (!event.success) {
          reportIssues(event.error, rawEvent, path, locator, log);
          return;
        }
        const ev = event.data;
        if (ev.room !== undefined && ev.room.trim() !== "" && ev.room.trim() !== roomName.trim())
          log.error(
            "room-mismatch",
            at("room"),
            `room "${ev.room}" differs from the room it is listed under, "${roomName}"`,
            "correct the event's room in the conference system so that the two agree",
          );
        const context = { zone: zones.source, day: day.data, dayNumber: d + 1, at, log };
        const start = eventStart(ev, context);
        const minutes = durationMinutes(ev.duration);
        if (minutes === undefined)
          log.error(
            "invalid-value",
            at("duration"),
            `duration "${ev.duration}" is not HH:MM or H:MM:SS`,
            "write the duration as HH:MM, e.g. 01:30",
          );
        if (!start || minutes === undefined) return;
        checkDayOfEvent(start, context);

        let languages: string[] | undefined;
        const tag = ev.language?.trim() ?? "";
        if (tag !== "") {
          const code = languageCode(tag);
          if (code) languages = [code];
          else
            log.error(
              "unknown-language",
              at("language"),
              `unknown language code "${tag}"`,
              "use an ISO 639-1 code such as en, de, fr or zh",
            );
        }
        const sessionSpeakers: ImportedSessionSpeaker[] = [];
        (ev.persons ?? []).forEach((person, p) => {
          const personId = speakers.add(person, [...path, "persons", p]);
          if (personId && !sessionSpeakers.some((s) => s.personId === personId))
            sessionSpeakers.push({ personId });
        });
        const kind = kindFromFrab(ev.type, ev.track);
        const source = ev.type ?? ev.track ?? "";
        const tally = kinds.get(source) ?? { kind: kind ?? "", count: 0 };
        kinds.set(source, { ...tally, count: tally.count + 1 });

        const fieldPaths: [SessionField, string][] = [
          ["id", ev.id === undefined ? "guid" : "id"],
          ["title", "title"],
          ["roomId", "room"],
          ["start", ev.date?.includes("T") ? "date" : "start"],
          ["end", "duration"],
          ["languages", "language"],
          ["speakers", "persons"],
        ];
        const end = start.plus({ minutes });
        const session: ImportedSession = {
          id: "",
          origin: locator.at(path),
          fields: Object.fromEntries(fieldPaths.map(([field, key]) => [field, at(key)])),
          title: textIn(ev.title.trim()),
          roomId,
          start: toInstant(start, zones.output),
          end: toInstant(end, zones.output),
          ...(kind ? { kind } : {}),
          ...(source ? { kindSource: source } : {}),
          ...(languages ? { languages, floorLanguageOnly: true } : {}),
          ...(ev.track === undefined ? {} : { topic: ev.track?.trim() ? slugify(ev.track) || null : null }),
          speakers: sessionSpeakers,
        };
        const id = seen.identify(ev, session, at("guid"));
        if (id === undefined) return;
        session.id = id;
        sessions.push(session);
      });
    }
  });

  reportKinds(kinds, locator, log);
  const conferenceInfo: ImportedConference = {
    origin: locator.at(CONFERENCE),
    ...(conference.acronym?.trim() || conference.title?.trim()
      ? { id: slugify(conference.acronym ?? "") || slugify(conference.title ?? "") || "imported-event" }
      : {}),
    ...(conference.title?.trim() ? { name: textIn(conference.title.trim()) } : {}),
    timeZone: zones.source,
    days: [...new Set(days)].sort(),
  };
  return {
    schedule: {
      format,
      timeZone: zones.output,
      conference: conferenceInfo,
      rooms: rooms.list,
      // frab lists events by day and room; the event file keeps its programme in time order.
      sessions: sessions.sort((a, b) => instantMillis(a.start) - instantMillis(b.start)),
      speakers: speakers.list,
    },
    problems: log.problems,
  };
}

/** The zone the schedule's local times are in, and the zone the import writes instants in. */
function conferenceZones(
  conference: FrabConference,
  locator: FrabLocator,
  log: ProblemLog,
  options: FrabOptions,
): { source: string; output: string } | undefined {
  const at = locator.at([...CONFERENCE, "time_zone_name"]);
  const named = conference.time_zone_name?.trim();
  if (!named) {
    if (options.timeZone) {
      log.info(
        "missing-field",
        at,
        `the schedule has no time_zone_name: its local times are read in the event's zone, ${options.timeZone}`,
        "nothing to do if that is the conference's zone",
      );
      return { source: options.timeZone, output: options.timeZone };
    }
    log.error(
      "missing-field",
      at,
      "the schedule has no time_zone_name, so its local times cannot be placed",
      "add time_zone_name (an IANA zone such as Europe/Berlin) to the conference, or import --into an event",
    );
    return undefined;
  }
  if (!IANAZone.isValidZone(named)) {
    log.error(
      "unknown-time-zone",
      at,
      `unknown time zone "${named}"`,
      "use an IANA time zone name such as Europe/Berlin or Asia/Shanghai",
    );
    return undefined;
  }
  if (options.timeZone && options.timeZone !== named)
    log.warning(
      "zone-differs",
      at,
      `the schedule's zone is ${named}, the event's ${options.timeZone}: every time keeps its instant and is written in ${options.timeZone}`,
      "check that this is the right event to import into",
    );
  return { source: named, output: options.timeZone ?? named };
}

/** Rooms by name: from conference.rooms when the export lists them (pretalx does), else as days use them. */
class FrabRooms {
  readonly list: ImportedRoom[] = [];
  private readonly byName = new Map<string, ImportedRoom>();
  private readonly taken = new Set<string>();
  private declared = false;

  constructor(
    private readonly locator: FrabLocator,
    private readonly log: ProblemLog,
  ) {}

  declare(rooms: readonly unknown[]): void {
    rooms.forEach((raw, i) => {
      const path = [...CONFERENCE, "rooms", i];
      const room = FrabRoom.safeParse(raw);
      if (!room.success) {
        reportIssues(room.error, raw, path, this.locator, this.log);
        return;
      }
      const capacity = room.data.capacity ?? undefined;
      this.create(room.data.name.trim(), this.locator.at(path), capacity);
    });
    this.declared = rooms.length > 0;
  }

  idFor(name: string, path: readonly PathSegment[]): string {
    const known = this.byName.get(name.trim());
    if (known) return known.id;
    if (this.declared)
      this.log.error(
        "unknown-room",
        this.locator.at(path),
        `room "${name}" is not among the conference's rooms (schedule.conference.rooms)`,
        `add "${name}" to the conference's rooms, or correct the room name`,
      );
    return this.create(name.trim(), this.locator.at(path)).id;
  }

  private create(name: string, origin: Origin, capacity?: number): ImportedRoom {
    const existing = this.byName.get(name);
    if (existing) return existing;
    const id = uniqueId(slugify(name) || `room-${this.list.length + 1}`, this.taken);
    const room: ImportedRoom = {
      id,
      origin,
      name: textIn(name),
      ...(capacity === undefined ? {} : { capacity }),
      matchByName: true,
    };
    this.byName.set(name, room);
    this.list.push(room);
    return room;
  }
}

/**
 * Session ids from frab ids (guid when there is none). frab reuses an id when a talk is scheduled twice
 * and some generators repeat guids: both are reported, and no event is silently dropped or merged.
 */
class SessionIds {
  private readonly byGuid = new Map<string, SeenEvent>();
  private readonly byId = new Map<string, SeenEvent>();
  private readonly taken = new Set<string>();

  constructor(private readonly log: ProblemLog) {}

  identify(ev: FrabEvent, session: ImportedSession, guidAt: Origin): string | undefined {
    const where = (o: Origin) => (o.line !== undefined ? `line ${o.line}` : (o.path ?? o.file));
    const own = ev.id === undefined ? undefined : String(ev.id);
    const base = slugify(own ?? ev.guid ?? "") || `session-${this.taken.size + 1}`;
    const signature = JSON.stringify([session.start, session.end, session.roomId, session.title]);
    const guid = ev.guid?.trim().toLowerCase();
    const sameGuid = guid === undefined ? undefined : this.byGuid.get(guid);
    const sameId = this.byId.get(base);
    const sameEvent = sameGuid ? sameGuid.id === base : !guid && sameId?.signature === signature;
    const twin = sameGuid ?? sameId;
    if (sameEvent && twin) {
      if (twin.signature === signature)
        this.log.warning(
          "duplicate-id",
          session.fields.id ?? session.origin,
          `event ${own ?? guid} is listed twice (also at ${where(twin.origin)}), identically: imported once`,
          "remove the repeated entry in the conference system",
        );
      else
        this.log.error(
          "duplicate-id",
          session.fields.id ?? session.origin,
          `event ${own ?? guid} (same id and guid) is listed twice with different times, rooms or titles (also at ${where(twin.origin)})`,
          "remove the wrong one in the conference system, or give them different ids and guids",
        );
      return undefined;
    }
    if (sameGuid)
      this.log.warning(
        "duplicate-guid",
        guidAt,
        `guid ${ev.guid} is also used by event ${sameGuid.id} (${where(sameGuid.origin)}); both are imported, each under its own id`,
        "guids should be unique: correct it in the conference system if other tools rely on it",
      );
    const id = uniqueId(base, this.taken);
    if (sameId)
      this.log.warning(
        "duplicate-id",
        session.fields.id ?? session.origin,
        `event id ${own} is also used at ${where(sameId.origin)} (a talk scheduled twice?): this one is session "${id}"`,
        "nothing to do if the talk really takes place twice",
      );
    const seen: SeenEvent = {
      id: base,
      origin: session.fields.id ?? session.origin,
      signature,
      ...(guid ? { guid } : {}),
    };
    if (guid && !sameGuid) this.byGuid.set(guid, seen);
    if (!sameId) this.byId.set(base, seen);
    return id;
  }
}

/** One note on how frab's types became session kinds; those it cannot tell are left to the merge. */
function reportKinds(
  kinds: Map<string, { kind: string; count: number }>,
  locator: FrabLocator,
  log: ProblemLog,
) {
  if (kinds.size === 0) return;
  const mapped = [...kinds].filter(([, k]) => k.kind !== "");
  const unmapped = [...kinds].filter(([, k]) => k.kind === "");
  const list = (entries: typeof mapped) =>
    entries.map(([source, k]) => `"${source || "(no type)"}" (${k.count})`).join(", ");
  const parts = [
    ...(mapped.length > 0 ? [`${mapped.map(([s, k]) => `"${s}" → ${k.kind}`).join(", ")}`] : []),
    ...(unmapped.length > 0
      ? [
          `${list(unmapped)} name no kind: new sessions of these types are "in-person", sessions already in the event keep theirs`,
        ]
      : []),
  ];
  log.info(
    "defaulted",
    locator.at(CONFERENCE),
    `session kinds from frab types: ${parts.join("; ")}`,
    "set each session's kind (online, hybrid, in-person, exhibition) in the event file where it differs",
  );
}
