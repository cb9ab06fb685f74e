import { DEVICE_LIMITS } from "../../../shared/devices/frames";

/** Counts bad messages in a sliding window: more than 20 within 10 s closes the connection. */
export class BadMessageCounter {
  private readonly times: number[] = [];

  /** Records one bad message; true when the limit is now exceeded. */
  record(now: number): boolean {
    const { count, windowMs } = DEVICE_LIMITS.badMessages;
    this.times.push(now);
    while (this.times.length > 0 && (this.times[0] ?? now) <= now - windowMs) this.times.shift();
    return this.times.length > count;
  }
}

/**
 * Detects a sustained flood: more than 100 frames in every second for 5 s. Bursts (a device catching
 * up after a reconnect) are fine; a runaway loop is not.
 */
export class FloodDetector {
  private bucket = Number.NEGATIVE_INFINITY;
  private count = 0;
  /** When the current run of over-limit seconds began, or null outside a run. */
  private floodingSince: number | null = null;

  record(now: number): boolean {
    const { framesPerSecond, sustainedMs } = DEVICE_LIMITS.flood;
    const bucket = Math.floor(now / 1_000);
    if (bucket !== this.bucket) {
      const previousWasOver = this.count > framesPerSecond && bucket === this.bucket + 1;
      if (!previousWasOver) this.floodingSince = null;
      this.bucket = bucket;
      this.count = 0;
    }
    this.count++;
    if (this.count <= framesPerSecond) return false;
    this.floodingSince ??= now;
    return now - this.floodingSince >= sustainedMs;
  }
}
