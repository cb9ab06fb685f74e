/** Small statistics and formatting helpers shared by the benchmarks. */

export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Nearest-rank percentile of an already sorted list. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Numbers as the docs print them: thousands separated, fixed digits. */
export const fmt = (n: number, digits = 0): string =>
  Number.isFinite(n)
    ? n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : "n/a";

/** Latency samples collected in one growable buffer; `sorted()` copies and sorts them. */
export class Samples {
  private values = new Float64Array(1 << 14);
  private count = 0;

  push(value: number): void {
    if (this.count === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.count++] = value;
  }

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
  }

  sorted(): Float64Array {
    return this.values.slice(0, this.count).sort();
  }
}

/** p50, p95 and p99 of a sample set, in its unit. */
export function spread(samples: Samples): { p50: number; p95: number; p99: number; samples: number } {
  const sorted = samples.sorted();
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    samples: sorted.length,
  };
}
