import type { DailyWindow, EventDay } from "./schedule";

/** What the timeline shows: one day, or every day side by side. */
export type TimelineSpan = { kind: "day"; dayIndex: number } | { kind: "all" };

/** A day's visible window placed on the horizontal axis, as fractions of the full width (0..1). */
export interface TimelineColumn {
  dayIndex: number;
  startMs: number;
  endMs: number;
  x0: number;
  x1: number;
}

export interface TimelineTick {
  ms: number;
  x: number;
  /** Whole hours get a label; the others are minor grid lines. */
  major: boolean;
}

export interface Placement {
  x0: number;
  x1: number;
  /** The block is cut at the left or right edge of what is shown (it started earlier or ends later). */
  cutStart: boolean;
  cutEnd: boolean;
}

const MINUTE = 60_000;

/**
 * Maps instants to horizontal positions. Days are shown only within the daily window, so the night
 * between two columns has no width: an instant in that gap sits on the edge of the next column.
 */
export class TimelineScale {
  readonly columns: readonly TimelineColumn[];

  constructor(days: readonly EventDay[], window: DailyWindow, span: TimelineSpan) {
    const shown = span.kind === "all" ? days : days.filter((d) => d.index === span.dayIndex);
    const width = 1 / Math.max(1, shown.length);
    this.columns = shown.map((d, i) => ({
      dayIndex: d.index,
      startMs: d.startMs + window.startMinute * MINUTE,
      endMs: d.startMs + window.endMinute * MINUTE,
      x0: i * width,
      x1: (i + 1) * width,
    }));
  }

  /** Position of an instant when it lies inside a shown window, else null. */
  xOf(ms: number): number | null {
    const col = this.columns.find((c) => ms >= c.startMs && ms <= c.endMs);
    return col ? col.x0 + ((ms - col.startMs) / (col.endMs - col.startMs)) * (col.x1 - col.x0) : null;
  }

  /** Position of an instant, pulled onto the nearest shown edge when it falls outside the windows. */
  clampedX(ms: number): number {
    for (const col of this.columns) {
      if (ms < col.startMs) return col.x0;
      if (ms <= col.endMs)
        return col.x0 + ((ms - col.startMs) / (col.endMs - col.startMs)) * (col.x1 - col.x0);
    }
    return this.columns.at(-1)?.x1 ?? 0;
  }

  /** Where a block from start to end goes; null when none of it is visible. */
  place(startMs: number, endMs: number): Placement | null {
    const x0 = this.clampedX(startMs);
    const x1 = this.clampedX(endMs);
    if (x1 <= x0) return null;
    const first = this.columns[0];
    const last = this.columns.at(-1);
    return {
      x0,
      x1,
      cutStart: first !== undefined && startMs < first.startMs,
      cutEnd: last !== undefined && endMs > last.endMs,
    };
  }

  /** Grid lines: every `stepMinutes` inside each column; whole hours are major. */
  ticks(stepMinutes: number): TimelineTick[] {
    const ticks: TimelineTick[] = [];
    for (const col of this.columns) {
      for (let ms = col.startMs; ms <= col.endMs; ms += stepMinutes * MINUTE) {
        const x = this.xOf(ms);
        if (x !== null) ticks.push({ ms, x, major: (ms - col.startMs) % (60 * MINUTE) === 0 });
      }
    }
    return ticks;
  }
}
