import { describe, expect, it } from "vitest";
import { crashLoop } from "../bench/crashLoop";

const KILLS = 5;

// The short form of `npm run bench:crash` (docs/RELIABILITY.md): a correctness check, not a timing one.
describe("crash loop", () => {
  it(`loses no acknowledged command over ${KILLS} SIGKILLs at random moments under command load`, async () => {
    const figures = await crashLoop({ kills: KILLS, maxKillDelayMs: 1_000 });
    console.log(
      `${figures.kills} SIGKILLs: ${figures.acknowledged} of ${figures.sent} commands acknowledged, ` +
        `restarts ready in ${figures.recoveryMs.map(Math.round).join(", ")} ms`,
    );
    expect(figures.kills).toBe(KILLS);
    expect(figures.acknowledged).toBeGreaterThan(0);
    expect(figures.refused).toBe(0);
    expect(figures.lostFromJournal).toBe(0);
    expect(figures.lostFromState).toBe(0);
  });
});
