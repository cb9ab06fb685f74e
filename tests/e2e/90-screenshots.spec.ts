import { mkdirSync } from "node:fs";
import { expect, openConsole, pauseClockAt, restoreDemoClock, test } from "./support/fixtures";

/**
 * Screenshots for the docs (`npm run screenshots`; not part of `npm test`, since they rewrite files in
 * docs/). The clock is paused on day 4 mid-morning so that rooms are live and countdowns stand still.
 */
// The full-HD pictures go into the docs; the small-screen ones are for review only.
const SIZES = [
  { width: 1920, height: 1080, folder: "docs/screenshots" },
  { width: 1366, height: 768, folder: "test-results/screenshots-1366" },
];

test.describe("docs screenshots", () => {
  test.beforeAll(async ({ request }) => {
    // The sessions on at 10:15 are started at their planned minute, as a stage manager would have.
    const shotAt = Date.parse("2021-11-11T10:15:00+08:00");
    const state = await (await request.get("/api/state")).json();
    const running = (state.event.sessions as { id: string; start: string; end: string }[])
      .filter((s) => Date.parse(s.start) <= shotAt && shotAt < Date.parse(s.end))
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    for (const session of running) {
      await pauseClockAt(request, session.start);
      await request.post("/api/commands", { data: { type: "session.start", sessionId: session.id } });
    }
    await pauseClockAt(request, "2021-11-11T10:15:00+08:00");
    for (const size of SIZES) mkdirSync(size.folder, { recursive: true });
  });

  test.afterAll(async ({ request }) => restoreDemoClock(request));

  for (const locale of ["en", "zh-CN"] as const) {
    for (const size of SIZES) {
      test(`overview ${locale} ${size.width}x${size.height}`, async ({ page }) => {
        await page.setViewportSize({ width: size.width, height: size.height });
        await openConsole(page, locale);
        await expect(page.getByTestId("venue-day")).toHaveText(
          locale === "en" ? "Day 4 of 6" : "第 4 天（共 6 天）",
        );
        // Let the rooms follow the schedule before the picture is taken.
        await expect(page.getByTestId("room-plenary")).toHaveAttribute("data-status", "live");
        await page.screenshot({ path: `${size.folder}/overview-${locale === "en" ? "en" : "zh"}.png` });
      });
    }
  }

  // The boards of the other roles, in English at full HD, as the README shows them.
  const BOARDS = [
    { key: "i", testId: "interp-view", file: "interpretation-board" },
    { key: "p", testId: "spk-view", file: "speakers-board" },
    { key: "j", testId: "log-view", file: "log-view" },
  ] as const;
  for (const board of BOARDS) {
    test(`${board.file} en 1920x1080`, async ({ page }) => {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await openConsole(page, "en");
      await page.keyboard.press(board.key);
      await expect(page.getByTestId(board.testId)).toBeVisible();
      // Past the first render of the view's data.
      await page.waitForTimeout(500);
      await page.screenshot({ path: `docs/screenshots/${board.file}.png` });
    });
  }
});
