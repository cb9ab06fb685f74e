import { DateTime } from "luxon";
import { SESSION_KINDS, SPEAKER_MODES, SPEAKER_ROLES } from "../../model/programme";
import { ROOM_TYPES } from "../../model/venue";
import type {
  ImportedConference,
  ImportedInterpreter,
  ImportedRoom,
  ImportedSchedule,
  ImportedSession,
  ImportedSessionSpeaker,
  ImportedSpeaker,
  ImportedText,
  ImportResult,
  SpeakerMode,
  SpeakerRole,
} from "../importedSchedule";
import { offsetLabel, parseDateTime, toInstant } from "../localTime";
import { ProblemLog } from "../report";
import { Cells } from "./cells";
import type { CsvTable } from "./columns";
import { type CsvFile, type CsvRow, readCsv } from "./readCsv";

export type CsvFiles = Partial<Record<CsvTable, CsvFile>>;

export interface CsvOptions {
  /** The zone of the event merged into; instants are written in it. */
  timeZone?: string;
}

/**
 * Imports the CSV tables a venue team fills in (event, rooms, sessions, speakers, interpreters; any may
 * be missing). Lines in the report count the header as line 1; columns are named.
 */
export function importCsv(files: CsvFiles, options: CsvOptions = {}): ImportResult {
  const log = new ProblemLog();
  const schedule: ImportedSchedule = { format: "csv" };
  const rowsOf = (table: CsvTable) => {
    const file = files[table];
    return file ? readCsv(file, table, log) : undefined;
  };

  const eventRows = rowsOf("event");
  if (eventRows) schedule.conference = readEvent(eventRows, files.event?.name ?? "event.csv", log);
  const source = schedule.conference?.timeZone ?? options.timeZone;
  const output = options.timeZone ?? source;
  if (output) schedule.timeZone = output;
  if (options.timeZone && source && source !== options.timeZone)
    log.warning(
      "zone-differs",
      { file: files.event?.name ?? "event.csv", line: 2, path: "time_zone" },
      `event.csv says ${source}, the event ${options.timeZone}: times are read in ${source} and keep their instant`,
      "check that this is the right event to import into",
    );

  const rooms = rowsOf("rooms");
  if (rooms) schedule.rooms = rooms.flatMap((row) => readRoom(new Cells(row, log)) ?? []);
  const speakers = rowsOf("speakers");
  if (speakers) schedule.speakers = speakers.flatMap((row) => readSpeaker(new Cells(row, log)) ?? []);
  const interpreters = rowsOf("interpreters");
  if (interpreters)
    schedule.interpreters = interpreters.flatMap((row) => readInterpreter(new Cells(row, log)) ?? []);
  const sessions = rowsOf("sessions");
  if (sessions && files.sessions) {
    if (!source || !output)
      log.error(
        "missing-field",
        { file: files.sessions.name, line: 1 },
        "no time zone to read the session times in",
        "add event.csv with a time_zone column, or import --into an event file",
      );
    else
      schedule.sessions = sessions.flatMap((row) => readSession(new Cells(row, log), source, output) ?? []);
  }
  if (Object.keys(files).length === 0)
    log.error(
      "missing-field",
      { file: "input" },
      "no CSV files to import",
      "give rooms.csv, sessions.csv, speakers.csv or interpreters.csv (templates in events/templates/)",
    );
  return { schedule, problems: log.problems };
}

function readEvent(rows: CsvRow[], file: string, log: ProblemLog): ImportedConference | undefined {
  const [row, ...more] = rows;
  if (!row) {
    log.error(
      "missing-field",
      { file, line: 2 },
      "event.csv has no data row",
      "fill in the row below the header",
    );
    return undefined;
  }
  for (const extra of more)
    log.error(
      "invalid-value",
      extra.at(),
      "event.csv describes one event, in one row: this is a second",
      "remove this row (one event per import)",
    );
  const cells = new Cells(row, log);
  const id = cells.id();
  const name = cells.text("name", "event's name");
  const zone =
    cells.required("time_zone", "the venue's IANA time zone, e.g. Asia/Shanghai") &&
    cells.timeZone("time_zone");
  const days: string[] = [];
  for (const day of row
    .value("days")
    .split(/[\s,;]+/)
    .filter(Boolean)) {
    if (DateTime.fromISO(day).isValid && /^\d{4}-\d{2}-\d{2}$/.test(day)) days.push(day);
    else
      log.error(
        "invalid-value",
        row.at("days"),
        `"${day}" is not a date`,
        "write days as 2025-11-10, separated by spaces",
      );
  }
  const organiser = optionalText(row, "organiser");
  const venueName = optionalText(row, "venue");
  return {
    origin: row.at(),
    ...(id ? { id } : {}),
    ...(name ? { name } : {}),
    ...(organiser ? { organiser } : {}),
    ...(venueName ? { venueName } : {}),
    ...(zone ? { timeZone: zone } : {}),
    days: [...new Set(days)].sort(),
  };
}

/** `organiser_en` / `organiser_zh` when either is filled in. */
function optionalText(row: CsvRow, prefix: string): ImportedText | undefined {
  const en = row.value(`${prefix}_en`);
  const zh = row.value(`${prefix}_zh`);
  return en || zh ? { ...(en ? { en } : {}), ...(zh ? { zh } : {}) } : undefined;
}

function readRoom(cells: Cells): ImportedRoom | undefined {
  const id = cells.id("id", "the room's id, e.g. plenary");
  const name = cells.text("name", "room's name");
  const type = cells.oneOf("type", ROOM_TYPES);
  const capacity = cells.wholeNumber("capacity");
  const floor = cells.row.value("floor_id");
  const floorId = floor === "" ? undefined : cells.id("floor_id", "a floor id");
  if (!id || !name || (floor !== "" && !floorId)) return undefined;
  return {
    id,
    origin: cells.row.at(),
    name,
    ...(type ? { type } : {}),
    ...(capacity === undefined ? {} : { capacity }),
    ...(floorId ? { floorId } : {}),
    matchByName: false,
  };
}

function readSpeaker(cells: Cells): ImportedSpeaker | undefined {
  const id = cells.id("id", "the speaker's id, e.g. maria-silva");
  const name = cells.required("name", "the speaker's name");
  const organisation = cells.required("organisation", "the speaker's organisation");
  const city = cells.required("city", "the speaker's city");
  const country = cells.required("country", "the ISO 3166-1 alpha-2 country code, e.g. PT")?.toUpperCase();
  if (country !== undefined && !/^[A-Z]{2}$/.test(country))
    cells.log.error(
      "invalid-value",
      cells.row.at("country"),
      `"${cells.row.value("country")}" is not a two-letter country code`,
      "use ISO 3166-1 alpha-2, e.g. CN, PT, US",
    );
  const timeZone = cells.timeZone("time_zone");
  const bad = cells.row.value("time_zone") !== "" && timeZone === undefined;
  if (!id || !name || !organisation || !city || !country || !/^[A-Z]{2}$/.test(country) || bad)
    return undefined;
  const nameZh = cells.optional("name_zh");
  const title = cells.optional("title");
  return {
    id,
    origin: cells.row.at(),
    name,
    ...(nameZh === undefined ? {} : { nameZh }),
    ...(title === undefined ? {} : { title }),
    organisation,
    city,
    country,
    ...(timeZone ? { timeZone } : {}),
    matchByName: false,
  };
}

function readInterpreter(cells: Cells): ImportedInterpreter | undefined {
  const id = cells.id("id", "the interpreter's id, e.g. zhou-min");
  const name = cells.required("name", "the interpreter's name");
  const a = cells.required("a_languages", "the A language(s), e.g. zh") && cells.languages("a_languages");
  const b = cells.row.has("b_languages") ? cells.languages("b_languages") : [];
  const c = cells.row.has("c_languages") ? cells.languages("c_languages") : [];
  const remote = cells.yesNo("remote");
  if (!id || !name || !a || !b || !c || (cells.row.value("remote") !== "" && remote === undefined))
    return undefined;
  return {
    id,
    origin: cells.row.at(),
    name,
    languages: {
      a,
      ...(cells.row.has("b_languages") ? { b } : {}),
      ...(cells.row.has("c_languages") ? { c } : {}),
    },
    ...(remote === undefined ? {} : { remote }),
  };
}

function readTime(cells: Cells, column: "start" | "end", source: string) {
  const written = cells.required(column, `the ${column} as ${source} local time, e.g. 2025-11-10 09:00`);
  if (written === undefined) return undefined;
  const parsed = parseDateTime(written, source);
  if (!parsed.ok) {
    cells.log.error("invalid-value", cells.row.at(column), `"${written}" is ${parsed.reason}`, parsed.hint);
    return undefined;
  }
  const venue = parsed.time.setZone(source);
  if (parsed.hadOffset && venue.offset !== parsed.time.offset)
    cells.log.warning(
      "offset-differs",
      cells.row.at(column),
      `"${written}" has offset ${offsetLabel(parsed.time.offset)} but ${source} is at ${offsetLabel(venue.offset)} then; ` +
        `kept as the same instant: ${venue.toFormat("yyyy-MM-dd HH:mm")} in ${source}`,
      `nothing to do if that instant is right; otherwise write the ${column} as ${source} local time`,
    );
  return parsed.time;
}

/** `maria-silva:keynote:remote; li-wei` → speakers; role and mode may be left out. */
function readSessionSpeakers(cells: Cells): ImportedSessionSpeaker[] | undefined {
  const speakers: ImportedSessionSpeaker[] = [];
  let ok = true;
  for (const entry of cells.row
    .value("speakers")
    .split(/[;\n]+/)
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [personId = "", role = "", mode = ""] = entry.split(":").map((part) => part.trim().toLowerCase());
    const problems = [
      ...(/^[a-z0-9][a-z0-9-]*$/.test(personId) ? [] : [`"${personId}" is not a speaker id`]),
      ...(role === "" || (SPEAKER_ROLES as readonly string[]).includes(role)
        ? []
        : [`role "${role}" is not one of ${SPEAKER_ROLES.join(", ")}`]),
      ...(mode === "" || (SPEAKER_MODES as readonly string[]).includes(mode)
        ? []
        : [`mode "${mode}" is not one of ${SPEAKER_MODES.join(", ")}`]),
    ];
    if (problems.length > 0) {
      ok = false;
      cells.log.error(
        "invalid-value",
        cells.row.at("speakers"),
        `speaker "${entry}": ${problems.join("; ")}`,
        "write each speaker as id:role:mode, e.g. maria-silva:keynote:remote, separated by ';'",
      );
      continue;
    }
    speakers.push({
      personId,
      ...(role ? { role: role as SpeakerRole } : {}),
      ...(mode ? { mode: mode as SpeakerMode } : {}),
    });
  }
  return ok ? speakers : undefined;
}

function readSession(cells: Cells, source: string, output: string): ImportedSession | undefined {
  const { row } = cells;
  const id = cells.id("id", "the session's id, e.g. opening-ceremony");
  const title = cells.text("title", "session's title");
  const kind = cells.oneOf("kind", SESSION_KINDS);
  const roomId = cells.id("room_id", "the id of the session's room");
  const start = readTime(cells, "start", source);
  const end = readTime(cells, "end", source);
  const languages = cells.required("languages", "the languages, e.g. zh en") && cells.languages("languages");
  const topic = cells.optional("topic");
  const speakers = row.has("speakers") ? readSessionSpeakers(cells) : [];
  const badKind = row.value("kind") !== "" && kind === undefined;
  if (!id || !title || !roomId || !start || !end || !languages || !speakers || badKind) return undefined;
  return {
    id,
    origin: row.at(),
    fields: {
      id: row.at("id"),
      title: row.at(row.value("title_en") ? "title_en" : "title_zh"),
      kind: row.at("kind"),
      roomId: row.at("room_id"),
      start: row.at("start"),
      end: row.at("end"),
      languages: row.at("languages"),
      speakers: row.at("speakers"),
    },
    title,
    roomId,
    start: toInstant(start, output),
    end: toInstant(end, output),
    ...(kind ? { kind } : {}),
    languages,
    ...(topic === undefined ? {} : { topic }),
    ...(row.has("speakers") ? { speakers } : {}),
  };
}
