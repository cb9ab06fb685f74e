import { describe, expect, it } from "vitest";
import { threeDayEvent } from "../../tests/fixtures/threeDayEvent";
import { eventDays } from "./schedule";
import { TimelineScale } from "./timelineScale";

const at = (iso: string) => Date.parse(iso);
const days = eventDays(threeDayEvent);
const window = { startMinute: 8 * 60, endMinute: 20 * 60 };

describe("TimelineScale for one day", () => {
  const scale = new TimelineScale(days, window, { kind: "day", dayIndex: 1 });

  it("maps the window onto 0..1", () => {
    expect(scale.xOf(at("2021-11-09T08:00:00+08:00"))).toBe(0);
    expect(scale.xOf(at("2021-11-09T14:00:00+08:00"))).toBe(0.5);
    expect(scale.xOf(at("2021-11-09T21:00:00+08:00"))).toBeNull();
  });

  it("cuts a block that runs on from another day", () => {
    const placed = scale.place(at("2021-11-08T09:00:00+08:00"), at("2021-11-10T17:00:00+08:00"));
    expect(placed).toEqual({ x0: 0, x1: 1, cutStart: true, cutEnd: true });
  });

  it("drops blocks outside the window", () => {
    expect(scale.place(at("2021-11-09T21:00:00+08:00"), at("2021-11-09T22:00:00+08:00"))).toBeNull();
  });

  it("puts a labelled tick on every hour", () => {
    const ticks = scale.ticks(30);
    expect(ticks).toHaveLength(25);
    expect(ticks.filter((t) => t.major)).toHaveLength(13);
  });
});

describe("TimelineScale for all days", () => {
  const scale = new TimelineScale(days, window, { kind: "all" });

  it("places each day in its own column", () => {
    expect(scale.columns.map((c) => [c.x0, c.x1])).toEqual([
      [0, 1 / 3],
      [1 / 3, 2 / 3],
      [2 / 3, 1],
    ]);
    expect(scale.xOf(at("2021-11-10T14:00:00+08:00"))).toBeCloseTo(5 / 6);
  });

  it("spans a multi-day block across the night gap without cutting it", () => {
    const placed = scale.place(at("2021-11-09T09:00:00+08:00"), at("2021-11-10T17:00:00+08:00"));
    expect(placed?.x0).toBeCloseTo(1 / 3 + 1 / 36);
    expect(placed?.x1).toBeCloseTo(2 / 3 + 9 / 36);
    expect(placed?.cutStart).toBe(false);
    expect(placed?.cutEnd).toBe(false);
  });

  it("pulls a night-time instant to the next morning's edge", () => {
    expect(scale.clampedX(at("2021-11-09T23:00:00+08:00"))).toBeCloseTo(2 / 3);
  });
});
