import type { Origin } from "../report";
import type { PathSegment } from "./jsonPaths";

/**
 * Turns a path in the frab JSON shape (`["schedule", "conference", "days", 2, "rooms", "Saal 1", 3,
 * "start"]`) into a place in the file the user has: a JSON path or an XPath, with its line.
 */
export interface FrabLocator {
  file: string;
  at(path: readonly PathSegment[]): Origin;
}
