import type { EventFile } from "../model/eventFile";
import type { Problem } from "../validation/problems";
import { validateEventFile } from "../validation/validateEventFile";
import { checkSchedule } from "./checkSchedule";
import type { ImportedSchedule, ImportResult } from "./importedSchedule";
import { type MergeResult, mergeEvent } from "./mergeEvent";
import { newEventSkeleton } from "./newEvent";
import { hasErrors, type ImportProblem, type Origin } from "./report";

/** The event an import merges into, and how the report names it (its file). */
export interface ImportTarget {
  event: EventFile;
  label: string;
}

export interface ImportOutcome {
  /** False when the report has errors: nothing may be written. */
  ok: boolean;
  /** The merged or new event, checked by validateEventFile; absent when the import has errors. */
  event?: EventFile;
  /** What the import adds, changes and removes; absent when the import has errors. */
  merge?: MergeResult;
  problems: ImportProblem[];
}

/**
 * Turns what an importer read into an event: the checks every format shares, then a merge into `into`
 * (or into a new event), then the event file's own validation, whose problems join the report located
 * in the input where possible. Pure, so the console's import preview can run it too.
 */
export function completeImport(result: ImportResult, into?: ImportTarget): ImportOutcome {
  const { schedule } = result;
  const problems = [...result.problems, ...checkSchedule(schedule, into?.event).problems];
  const label = into?.label ?? "new event";
  let base = into?.event;
  if (!base) {
    const conference = schedule.conference;
    const zone = schedule.timeZone ?? conference?.timeZone;
    if (!conference || !zone) {
      if (!hasErrors(problems))
        problems.push({
          severity: "error",
          kind: "missing-field",
          file: conference?.origin.file ?? "input",
          message: "the input does not describe an event (name and time zone) to create",
          hint: "add event.csv (see events/templates/event.csv), or import --into an existing event file",
        });
      return { ok: false, problems };
    }
    const skeleton = newEventSkeleton(conference, zone, schedule.sessions ?? [], schedule.rooms ?? []);
    problems.push(...skeleton.log.problems);
    base = skeleton.event;
  }
  if (hasErrors(problems)) return { ok: false, problems };

  const merge = mergeEvent(base, schedule, { eventLabel: label });
  problems.push(...merge.notes);
  const checked = validateEventFile(merge.event);
  problems.push(...checked.problems.map((p) => eventProblem(p, merge.event, schedule, label)));
  if (!checked.ok) return { ok: false, problems };
  return { ok: true, event: checked.event, merge: { ...merge, event: checked.event }, problems };
}

const COLLECTION = /^(sessions|venue\.rooms|people\.speakers|people\.interpreters)\[(\d+)\]/;

/** A problem the event file's validation found, placed where the offending item came from. */
function eventProblem(
  problem: Problem,
  event: EventFile,
  schedule: ImportedSchedule,
  label: string,
): ImportProblem {
  const value = problem.value === undefined ? "" : ` ${JSON.stringify(problem.value)}`;
  const origin = importedOrigin(problem.path, event, schedule) ?? { file: label };
  return {
    severity: problem.severity,
    kind: "event-check",
    ...origin,
    path: problem.path,
    message: `${problem.message}${value}`,
    hint: origin.file === label ? "correct the event file" : "correct this item in the input",
  };
}

/** Validation numbers items as they are in the merged event: find the imported item by its id. */
function importedOrigin(path: string, event: EventFile, schedule: ImportedSchedule): Origin | undefined {
  const match = COLLECTION.exec(path);
  if (!match) return undefined;
  const index = Number(match[2]);
  const [items, id] =
    match[1] === "sessions"
      ? [schedule.sessions, event.sessions[index]?.id]
      : match[1] === "venue.rooms"
        ? [schedule.rooms, event.venue.rooms[index]?.id]
        : match[1] === "people.speakers"
          ? [schedule.speakers, event.people.speakers[index]?.id]
          : [schedule.interpreters, event.people.interpreters[index]?.id];
  const item = items?.find((candidate: { id: string }) => candidate.id === id);
  return item
    ? { file: item.origin.file, ...(item.origin.line !== undefined ? { line: item.origin.line } : {}) }
    : undefined;
}
