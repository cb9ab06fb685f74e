import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { createAgoClock } from "./agoClock";

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
});
afterEach(() => {
  vi.useRealTimers();
});

it("reads the wall clock until something listens, then moves only at each tick", () => {
  const clock = createAgoClock(5000);
  expect(clock.now()).toBe(1_000_000);
  vi.setSystemTime(1_002_000);
  expect(clock.now()).toBe(1_002_000);

  const listener = vi.fn();
  const stop = clock.subscribe(listener);
  vi.advanceTimersByTime(4_999);
  expect(clock.now()).toBe(1_002_000);
  expect(listener).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(clock.now()).toBe(1_002_000 + 5_000);
  expect(listener).toHaveBeenCalledTimes(1);

  stop();
  vi.advanceTimersByTime(20_000);
  expect(listener).toHaveBeenCalledTimes(1);
  expect(vi.getTimerCount()).toBe(0);
  expect(clock.now()).toBe(1_002_000 + 25_000);
});

it("keeps one timer for all its listeners, until the last one leaves", () => {
  const clock = createAgoClock(1000);
  const a = vi.fn();
  const b = vi.fn();
  const stopA = clock.subscribe(a);
  const stopB = clock.subscribe(b);
  expect(vi.getTimerCount()).toBe(1);
  vi.advanceTimersByTime(1000);
  expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 1]);
  stopA();
  vi.advanceTimersByTime(1000);
  expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 2]);
  stopB();
  expect(vi.getTimerCount()).toBe(0);
});
