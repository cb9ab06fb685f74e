import { describe, expect, it } from "vitest";
import { BadMessageCounter, FloodDetector } from "./frameCounters";

describe("bad message counter", () => {
  it("allows 20 bad messages in 10 s and trips on the 21st", () => {
    const counter = new BadMessageCounter();
    for (let i = 0; i < 20; i++) expect(counter.record(1_000 + i * 100)).toBe(false);
    expect(counter.record(3_500)).toBe(true);
  });

  it("forgets bad messages older than 10 s", () => {
    const counter = new BadMessageCounter();
    for (let i = 0; i < 20; i++) counter.record(i * 100);
    expect(counter.record(12_000)).toBe(false);
  });
});

describe("flood detector", () => {
  const feed = (detector: FloodDetector, seconds: number, perSecond: number, start = 0) => {
    let tripped = false;
    for (let s = 0; s < seconds; s++) {
      for (let f = 0; f < perSecond; f++)
        tripped = detector.record(start + s * 1_000 + (f * 1_000) / perSecond) || tripped;
    }
    return tripped;
  };

  it("trips once frames have run over 100 per second for five seconds", () => {
    // The first second passes 100 frames two thirds of the way in; five seconds later is in the sixth.
    expect(feed(new FloodDetector(), 5, 150)).toBe(false);
    expect(feed(new FloodDetector(), 6, 150)).toBe(true);
  });

  it("lets a short burst through", () => {
    const detector = new FloodDetector();
    expect(feed(detector, 3, 500)).toBe(false);
    expect(feed(detector, 10, 50, 3_000)).toBe(false);
  });

  it("needs the seconds to be consecutive", () => {
    const detector = new FloodDetector();
    expect(feed(detector, 4, 150)).toBe(false);
    expect(feed(detector, 1, 10, 4_000)).toBe(false);
    expect(feed(detector, 4, 150, 5_000)).toBe(false);
  });
});
