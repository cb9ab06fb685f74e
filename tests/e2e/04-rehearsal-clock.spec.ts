import { expect, openConsole, test } from "./support/fixtures";

test.describe("rehearsal clock", () => {
  test.afterEach(async ({ page }) => {
    // Leave the shared hub as the demo starts: rehearsal at day 1 08:45, running at ×1.
    await page.keyboard.press("Escape");
    await page.getByTestId("clock-controls-open").click();
    await page.getByTestId("clock-speed-1").click();
    await page.getByTestId("clock-day-1").click();
    await page.getByTestId("clock-time-input").fill("08:45");
    await page.getByTestId("clock-apply").click();
    await expect(page.getByTestId("clock-result")).toHaveText(/Done/);
  });

  test("jumps to a day and time, changes speed and pauses, for every console", async ({ page, request }) => {
    await openConsole(page);
    await page.keyboard.press("c");
    const dialog = page.getByTestId("clock-controls");
    await expect(dialog).toBeVisible();

    await dialog.getByTestId("clock-day-4").click();
    await dialog.getByTestId("clock-time-input").fill("09:45");
    await dialog.getByTestId("clock-apply").click();
    await expect(dialog.getByTestId("clock-result")).toHaveText("Done.");
    await expect(page.getByTestId("venue-day")).toHaveText("Day 4 of 6");
    await expect(page.getByTestId("venue-clock-time")).toHaveText(/^09:4[5-9]/);

    await dialog.getByTestId("clock-speed-60").click();
    await expect(page.getByTestId("rehearsal-badge")).toHaveAttribute("data-speed", "60");
    await expect(page.getByTestId("rehearsal-badge")).toContainText("×60");

    await dialog.getByTestId("clock-pause").click();
    await expect(page.getByTestId("rehearsal-badge")).toHaveAttribute("data-paused", "true");
    await expect(page.getByTestId("rehearsal-badge")).toContainText("paused");
    const frozen = await page.getByTestId("venue-clock-time").textContent();
    await page.waitForTimeout(1500);
    await expect(page.getByTestId("venue-clock-time")).toHaveText(frozen ?? "");

    const health = (await (await request.get("/api/health")).json()) as {
      clock: { paused: boolean; speed: number };
    };
    expect(health.clock).toMatchObject({ paused: true, speed: 60 });

    await dialog.getByTestId("clock-pause").click();
    await expect(page.getByTestId("rehearsal-badge")).toHaveAttribute("data-paused", "false");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();

    // At 09:45 on day 4 the Metropolis opening ceremony (09:30-11:00) is on.
    await expect(page.getByTestId("now-item-d4-metropolis-opening")).toBeVisible();
    await expect(page.getByTestId("session-d4-metropolis-opening")).toHaveAttribute("data-now", "true");
    await expect(page.getByTestId("timeline")).toHaveAttribute("data-day", "4");
  });
});
