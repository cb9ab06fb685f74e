/**
 * The CSV files an import reads and an export writes, with their columns. One definition serves the
 * importer, the exporter (same columns, so an export imports back), the templates and the docs' tables.
 */
export const CSV_TABLES = ["event", "rooms", "sessions", "speakers", "interpreters"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export interface CsvColumn {
  name: string;
  required: boolean;
  description: string;
  /** The value in the template's example row. */
  example: string;
}

const column = (name: string, required: boolean, description: string, example: string): CsvColumn => ({
  name,
  required,
  description,
  example,
});

export const CSV_COLUMNS: Readonly<Record<CsvTable, readonly CsvColumn[]>> = {
  event: [
    column("id", true, "the event's id: a lower-case slug", "example-forum-2025"),
    column("name_en", false, "name in English (name_en or name_zh is required)", "Example City Forum 2025"),
    column("name_zh", false, "name in Chinese", "2025示例城市论坛"),
    column("organiser_en", false, "organiser in English", "Example City Foreign Affairs Office"),
    column("organiser_zh", false, "organiser in Chinese", "示例市外事办公室"),
    column("venue_en", false, "venue name in English", "Example Congress Center"),
    column("venue_zh", false, "venue name in Chinese", "示例会议中心"),
    column("time_zone", true, "IANA time zone of the venue; session times are local to it", "Asia/Shanghai"),
    column(
      "days",
      false,
      "the event's days, separated by spaces (default: from the sessions)",
      "2025-11-10 2025-11-11",
    ),
  ],
  rooms: [
    column("id", true, "the room's id: a lower-case slug", "plenary"),
    column("name_en", false, "name in English (name_en or name_zh is required)", "Plenary Hall"),
    column("name_zh", false, "name in Chinese", "全体大会厅"),
    column(
      "type",
      false,
      "plenary, meeting, studio, exhibition, press, green-room, control-room or registration (default meeting)",
      "plenary",
    ),
    column("capacity", false, "seats, a whole number (default 0)", "1200"),
    column("floor_id", false, "id of the floor in the event file (default: the first floor)", "floor-1"),
  ],
  sessions: [
    column("id", true, "the session's id: a lower-case slug", "opening-ceremony"),
    column("title_en", false, "title in English (title_en or title_zh is required)", "Opening ceremony"),
    column("title_zh", false, "title in Chinese", "开幕式"),
    column("kind", false, "online, hybrid, in-person or exhibition (default in-person)", "hybrid"),
    column("room_id", true, "id of a room in rooms.csv or in the event", "plenary"),
    column(
      "start",
      true,
      "local date and time, e.g. 2025-11-10 09:00 (or ISO 8601 with an offset)",
      "2025-11-10 09:00",
    ),
    column("end", true, "local date and time, after start", "2025-11-10 10:30"),
    column("languages", true, "ISO 639-1 codes separated by spaces, the floor language first", "zh en"),
    column("topic", false, "topic tag, a lower-case slug", "urban-governance"),
    column(
      "speakers",
      false,
      "speakers as id:role:mode separated by ';' (role and mode optional)",
      "maria-silva:keynote:remote",
    ),
  ],
  speakers: [
    column("id", true, "the speaker's id: a lower-case slug", "maria-silva"),
    column("name", true, "name as written in Latin letters", "Maria Silva"),
    column("name_zh", false, "name as written in Chinese", "玛丽亚·席尔瓦"),
    column("title", false, "job title", "Mayor"),
    column("organisation", true, "organisation", "City of Example"),
    column("city", true, "city", "Lisbon"),
    column("country", true, "ISO 3166-1 alpha-2 country code", "PT"),
    column("time_zone", false, "IANA time zone where the speaker is (default: the venue's)", "Europe/Lisbon"),
  ],
  interpreters: [
    column("id", true, "the interpreter's id: a lower-case slug", "zhou-min"),
    column("name", true, "name", "Zhou Min"),
    column("a_languages", true, "A languages (mother tongue), ISO 639-1 codes separated by spaces", "zh"),
    column("b_languages", false, "B languages (active)", "en"),
    column("c_languages", false, "C languages (passive)", "fr"),
    column("remote", false, "yes if the interpreter works remotely (default no)", "no"),
  ],
};

/** Groups of columns of which at least one must be filled in. */
export const CSV_ONE_OF: Readonly<Partial<Record<CsvTable, readonly (readonly string[])[]>>> = {
  event: [["name_en", "name_zh"]],
  rooms: [["name_en", "name_zh"]],
  sessions: [["title_en", "title_zh"]],
};

export const csvFileName = (table: CsvTable) => `${table}.csv`;

/** A header as people write it ("Room ID", "room-id") in the form of the column names ("room_id"). */
export const normalizeHeader = (header: string) =>
  header
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
