import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { ImportResult } from "../importedSchedule";
import { type Origin, ProblemLog } from "../report";
import { TextLines } from "../textLines";
import type { FrabLocator } from "./frabLocator";
import type { PathSegment } from "./jsonPaths";
import { type FrabOptions, mapFrabSchedule } from "./mapFrab";

type XmlNode = Record<string, unknown>;
interface Span {
  xpath: string;
  start: number;
  end: number;
}

const ARRAYS = new Set([
  "schedule.day",
  "schedule.day.room",
  "schedule.day.room.event",
  "schedule.day.room.event.persons.person",
]);
const META = XMLParser.getMetaDataSymbol() as symbol;
const DAY_ATTRIBUTES: Readonly<Record<string, string>> = {
  index: "index",
  date: "date",
  day_start: "start",
  day_end: "end",
};
const EVENT_ATTRIBUTES = new Set(["id", "guid"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  captureMetaData: true,
  isArray: (_name, jPath) => ARRAYS.has(String(jPath)),
});

/** Text of an element or attribute, whether fast-xml-parser gave a string or a node with `#text`. */
function text(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && "#text" in value) return text((value as XmlNode)["#text"]);
  return undefined;
}

const nodes = (value: unknown): XmlNode[] =>
  Array.isArray(value) ? value.filter((v): v is XmlNode => typeof v === "object" && v !== null) : [];

function span(node: XmlNode, xpath: string): Span {
  const meta = (node as Record<symbol, { startIndex?: number; endIndex?: number } | undefined>)[META];
  return { xpath, start: meta?.startIndex ?? 0, end: meta?.endIndex ?? meta?.startIndex ?? 0 };
}

const defined = (entries: [string, unknown][]) =>
  Object.fromEntries(entries.filter(([, v]) => v !== undefined));

/** Imports a frab/pretalx schedule.xml: read into frab's JSON shape, with XPaths and lines for problems. */
export function importFrabXml(source: string, file: string, options: FrabOptions = {}): ImportResult {
  const xml = source.replace(/^\uFEFF/, "");
  const unreadable = (at: { line?: number }, message: string): ImportResult => {
    const log = new ProblemLog();
    log.error(
      "unreadable",
      { file, ...at },
      message,
      at.line === undefined
        ? "export the schedule again"
        : "export the schedule again, or correct the XML at this line",
    );
    return { schedule: { format: "frab-xml" }, problems: log.problems };
  };
  let parsed: XmlNode;
  try {
    const valid = XMLValidator.validate(xml);
    if (valid !== true) return unreadable({ line: valid.err.line }, `not well-formed XML: ${valid.err.msg}`);
    parsed = parser.parse(xml) as XmlNode;
  } catch (error) {
    // The parser's own limits (nesting, entity expansion) end in an exception.
    return unreadable({}, `cannot read the XML: ${(error as Error).message}`);
  }
  const root = parsed.schedule as XmlNode | undefined;
  const lines = new TextLines(xml);
  const spans = new Map<string, Span>();
  const document = root ? { schedule: { conference: readConference(root, spans) } } : {};
  return mapFrabSchedule(document, "frab-xml", xmlLocator(file, xml, lines, spans), options);
}

function readConference(root: XmlNode, spans: Map<string, Span>): XmlNode {
  const conference = (root.conference ?? {}) as XmlNode;
  if (typeof root.conference === "object") spans.set("conference", span(conference, "/schedule/conference"));
  const days = nodes(root.day).map((day, d) => {
    const dayPath = `/schedule/day[${d + 1}]`;
    spans.set(`day|${d}`, span(day, dayPath));
    const rooms: Record<string, XmlNode[]> = {};
    for (const room of nodes(day.room)) {
      const name = text(room["@name"]) ?? "";
      const list = rooms[name] ?? [];
      rooms[name] = list;
      const roomPath = `${dayPath}/room[@name=${JSON.stringify(name)}]`;
      if (!spans.has(`room|${d}|${name}`)) spans.set(`room|${d}|${name}`, span(room, roomPath));
      for (const event of nodes(room.event)) {
        spans.set(`event|${d}|${name}|${list.length}`, span(event, `${roomPath}/event[${list.length + 1}]`));
        list.push(readEvent(event));
      }
    }
    return defined([
      ["index", text(day["@index"])],
      ["date", text(day["@date"])],
      ["day_start", text(day["@start"])],
      ["day_end", text(day["@end"])],
      ["rooms", rooms],
    ]);
  });
  return defined([
    ["acronym", text(conference.acronym)],
    ["title", text(conference.title)],
    ["time_zone_name", text(conference.time_zone_name)],
    ["days", days],
  ]);
}

function readEvent(event: XmlNode): XmlNode {
  const persons = ((event.persons as XmlNode | undefined)?.person ?? []) as unknown[];
  return defined([
    ["id", text(event["@id"])],
    ["guid", text(event["@guid"])],
    ...["date", "start", "duration", "room", "title", "type", "track", "language"].map(
      (field): [string, unknown] => [field, text(event[field])],
    ),
    [
      "persons",
      persons.map((person) => {
        const node = typeof person === "object" && person !== null ? (person as XmlNode) : undefined;
        return defined([
          ["id", node ? text(node["@id"]) : undefined],
          ["guid", node ? text(node["@guid"]) : undefined],
          ["name", text(person)],
        ]);
      }),
    ],
  ]);
}

/** frab JSON paths → XPaths, with the line of the element (or of its child or attribute) in the file. */
function xmlLocator(file: string, xml: string, lines: TextLines, spans: Map<string, Span>): FrabLocator {
  const lineOf = (offset: number) => lines.lineAt(offset);
  /** The `n`-th (0-based) `<tag` inside a span, or the span's own start. */
  const child = (within: Span, tag: string, n = 0): number => {
    const pattern = new RegExp(`<${tag}[\\s>/]`, "g");
    pattern.lastIndex = within.start + 1;
    let match = pattern.exec(xml);
    for (let i = 0; match && i < n; i++) match = pattern.exec(xml);
    return match && match.index < within.end ? match.index : within.start;
  };
  const at = (xpath: string, offset: number): Origin => ({ file, path: xpath, line: lineOf(offset) });
  const whole: Span = { xpath: "/schedule", start: Math.max(0, xml.indexOf("<schedule")), end: xml.length };

  return {
    file,
    at: (path: readonly PathSegment[]): Origin => {
      const [, , third, d, fifth, room, k, field, p] = path;
      const conference = spans.get("conference") ?? { ...whole, xpath: "/schedule/conference" };
      if (path.length <= 1) return at(whole.xpath, whole.start);
      if (path.length === 2) return at(conference.xpath, conference.start);
      if (third !== "days") {
        const tag = String(third);
        return at(`${conference.xpath}/${tag}`, child(conference, tag));
      }
      const day = spans.get(`day|${d}`) ?? whole;
      if (path.length === 4) return at(day.xpath, day.start);
      if (fifth !== "rooms") {
        const attribute = DAY_ATTRIBUTES[String(fifth)] ?? String(fifth);
        return at(`${day.xpath}/@${attribute}`, day.start);
      }
      const roomSpan = spans.get(`room|${d}|${room}`) ?? day;
      if (path.length === 6) return at(roomSpan.xpath, roomSpan.start);
      const event = spans.get(`event|${d}|${room}|${k}`) ?? roomSpan;
      if (field === undefined) return at(event.xpath, event.start);
      const name = String(field);
      if (EVENT_ATTRIBUTES.has(name)) return at(`${event.xpath}/@${name}`, event.start);
      if (name === "persons" && typeof p === "number")
        return at(`${event.xpath}/persons/person[${p + 1}]`, child(event, "person", p));
      return at(`${event.xpath}/${name}`, child(event, name));
    },
  };
}
