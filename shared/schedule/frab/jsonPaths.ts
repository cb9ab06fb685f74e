import { TextLines } from "../textLines";

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `["schedule", "conference", "days", 2, "rooms", "Saal 1", 3]` → `schedule.conference.days[2].rooms["Saal 1"][3]` */
export function formatJsonPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/**
 * The line of every value in a JSON text, by path. One pass over text that JSON.parse already accepted,
 * so it need not handle malformed input.
 */
export function jsonValueLines(text: string): Map<string, number> {
  const lines = new TextLines(text);
  const found = new Map<string, number>();
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && /\s/.test(text.charAt(at))) at++;
  };
  const readString = (): string => {
    const start = at;
    at++; // opening quote
    while (text.charAt(at) !== '"') at += text.charAt(at) === "\\" ? 2 : 1;
    at++;
    return JSON.parse(text.slice(start, at)) as string;
  };
  const value = (path: PathSegment[]): void => {
    skipSpace();
    found.set(formatJsonPath(path), lines.lineAt(at));
    const char = text.charAt(at);
    if (char === "{") {
      at++;
      skipSpace();
      while (text.charAt(at) !== "}") {
        const key = readString();
        skipSpace();
        at++; // colon
        value([...path, key]);
        skipSpace();
        if (text.charAt(at) === ",") at++;
        skipSpace();
      }
      at++;
    } else if (char === "[") {
      at++;
      skipSpace();
      for (let index = 0; text.charAt(at) !== "]"; index++) {
        value([...path, index]);
        skipSpace();
        if (text.charAt(at) === ",") at++;
        skipSpace();
      }
      at++;
    } else if (char === '"') {
      readString();
    } else {
      while (at < text.length && !/[\s,\]}]/.test(text.charAt(at))) at++;
    }
  };
  value([]);
  return found;
}

/** The line of `path`, or of the nearest enclosing value that has one (a missing field's object). */
export function lineOfPath(lines: Map<string, number>, path: readonly PathSegment[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const line = lines.get(formatJsonPath(path.slice(0, n)));
    if (line !== undefined) return line;
  }
  return undefined;
}
