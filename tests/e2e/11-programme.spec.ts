import { resolve } from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, openConsole, postCommand, test } from "./support/fixtures";

const FIXTURES = resolve(import.meta.dirname, "../fixtures/programme");
/** The bundled programme with d5-healthy-cities moved from 09:30–11:00 to 10:00–11:30. */
const CHANGED = resolve(FIXTURES, "changed/sessions.csv");
/** Three day-5 sessions; line 3 has "14.00" for a start time. */
const MISTAKE = resolve(FIXTURES, "mistake/sessions.csv");

// Day 5 is nobody else's: the demo clock stays on day 1, so these sessions are only scheduled.
const MOVED = "d5-healthy-cities";
const EDITED = "d5-urban-resilience"; // Meeting Room 1, 14:00–16:00; song-anqi on stage in person
const NEIGHBOUR = "d5-urban-renewal"; // Meeting Room 2, at the same time

async function eventNow(request: APIRequestContext): Promise<unknown> {
  const response = await request.get("/api/state");
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { event: unknown }).event;
}

async function openProgramme(page: Page) {
  await page.keyboard.press("u");
  const dialog = page.getByTestId("programme-dialog");
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Opens a session's edit dialog from its detail panel (closing any panel that covers the timeline). */
async function editSession(page: Page, sessionId: string) {
  const panel = page.getByTestId("detail-panel");
  if (await panel.isVisible()) {
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
  }
  await page.getByTestId(`session-${sessionId}`).click();
  await expect(panel).toHaveAttribute("data-id", sessionId);
  await panel.getByTestId("session-edit-open").click();
  const dialog = page.getByTestId("edit-dialog");
  await expect(dialog).toBeVisible();
  return dialog;
}

async function showDay5(page: Page) {
  await page.keyboard.press("5");
  await expect(page.getByTestId(`session-${MOVED}`)).toBeVisible();
}

test.describe("programme: console import with preview, live edits with undo", () => {
  let original: unknown;
  test.beforeAll(async ({ request }) => {
    original = await eventNow(request);
  });
  // Leaves the shared hub's programme as it was, for a rerun and any spec after this one.
  test.afterAll(async ({ request }) => {
    if (original)
      await postCommand(request, { type: "event.import", event: original, source: "e2e restore" });
  });

  test("a CSV with a mistake shows the line-numbered error and Apply stays off", async ({ page }) => {
    await openConsole(page);
    const dialog = await openProgramme(page);
    await expect(dialog.getByTestId("programme-apply")).toBeDisabled();
    await dialog.getByTestId("programme-file").setInputFiles(MISTAKE);
    await expect(dialog.getByTestId("programme-picked")).toHaveText("Read: sessions.csv");
    await expect(dialog.getByTestId("programme-format")).toContainText("By extension: CSV tables");
    await expect(dialog.getByTestId("programme-report-counts")).toContainText("1 error");
    const problem = dialog.getByTestId("programme-problem").first();
    await expect(problem).toHaveAttribute("data-severity", "error");
    await expect(problem.getByTestId("programme-problem-place")).toHaveText("sessions.csv:3 · start");
    await expect(problem).toContainText('"2021-11-12 14.00" is not a date and time');
    await expect(problem).toContainText("Fix: write it as Asia/Shanghai local time");
    await expect(dialog.getByTestId("programme-stopped")).toBeVisible();
    await expect(dialog.getByTestId("programme-preview")).toHaveCount(0);
    await expect(dialog.getByTestId("programme-apply")).toBeDisabled();
    await expect(dialog.getByTestId("programme-apply-blocked")).toHaveText(
      "⊘ Apply is off: the report has errors.",
    );
  });

  test("a changed CSV previews the move, applies after confirming, and the timeline shows it", async ({
    page,
    request,
  }) => {
    await openConsole(page);
    await showDay5(page);
    await expect(page.getByTestId(`session-${MOVED}`)).toContainText("09:30–11:00");

    const dialog = await openProgramme(page);
    await dialog.getByTestId("programme-file").setInputFiles(CHANGED);
    await expect(dialog.getByTestId("programme-report-counts")).toContainText("0 errors");
    const preview = dialog.getByTestId("programme-preview");
    await expect(preview.getByTestId("programme-change-counts")).toHaveText(
      "0 added · 1 changed · 0 removed",
    );
    const changed = preview.getByTestId(`programme-changed-${MOVED}`);
    await expect(changed).toContainText("Healthy cities");
    // Before → after, in venue time ("becomes" is there for screen readers).
    await expect(changed).toContainText(/Start: Fri 12 Nov 09:30 →.*Fri 12 Nov 10:00/);
    await expect(changed).toContainText(/End: Fri 12 Nov 11:00 →.*Fri 12 Nov 11:30/);
    await expect(preview.getByTestId("programme-removed-live")).toHaveCount(0);

    // Nothing has changed yet: not on the hub, not on the timeline.
    const before = (await eventNow(request)) as { sessions: { id: string; start: string }[] };
    expect(before.sessions.find((s) => s.id === MOVED)?.start).toBe("2021-11-12T09:30:00+08:00");

    await dialog.getByTestId("programme-apply").click();
    await expect(dialog.getByTestId("programme-confirm")).toContainText("0 added, 1 changed, 0 removed");
    await dialog.getByTestId("programme-apply-confirm").click();
    await expect(dialog.getByTestId("programme-ack")).toContainText(
      "Applied: the hub loaded the programme (journal #",
    );
    // Merged again against the programme as it is now: nothing left to change.
    await expect(dialog.getByTestId("programme-no-changes")).toBeVisible();
    await expect(dialog.getByTestId("programme-apply")).toBeDisabled();
    // The answer has the focus, so Esc closes the dialog (not the panels behind it).
    await expect(dialog.getByTestId("programme-ack")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId(`session-${MOVED}`)).toContainText("10:00–11:30");
  });

  test("a live edit that clashes is refused with the hub's words; a valid one is saved and undone", async ({
    page,
  }) => {
    await openConsole(page);
    await showDay5(page);
    const dialog = await editSession(page, EDITED);
    await expect(dialog.getByTestId("edit-start-time")).toHaveValue("14:00");

    // Into Meeting Room 2, where another session runs at the same time.
    await dialog.getByTestId("edit-room").selectOption("meeting-2");
    await dialog.getByTestId("edit-save").click();
    await expect(dialog.getByTestId("edit-refusal")).toContainText("The hub refused the edit:");
    await expect(dialog.getByTestId("edit-refusal")).toContainText("overlaps");
    await dialog.getByTestId("edit-reset").click();
    await expect(dialog.getByTestId("edit-room")).toHaveValue("meeting-1");

    // A speaker in two places: song-anqi is on stage next door at the same time.
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await editSession(page, NEIGHBOUR);
    await dialog.getByTestId("edit-speaker-add-pick").selectOption("song-anqi");
    await dialog.getByTestId("edit-speaker-add").click();
    await dialog.getByTestId("edit-speaker-mode-song-anqi").selectOption("in-person");
    await dialog.getByTestId("edit-save").click();
    await expect(dialog.getByTestId("edit-refusal")).toContainText(
      `song-anqi is also on stage in "${EDITED}"`,
    );
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();

    // A valid move: 15 minutes later, saved, seen on the timeline, listed, and undone.
    await editSession(page, EDITED);
    await dialog.getByTestId("edit-later").click();
    await expect(dialog.getByTestId("edit-start-time")).toHaveValue("14:15");
    await expect(dialog.getByTestId("edit-end-time")).toHaveValue("16:15");
    await dialog.getByTestId("edit-save").click();
    await expect(dialog.getByTestId("edit-saved")).toContainText("Saved (journal #");
    await expect(page.getByTestId(`session-${EDITED}`)).toContainText("14:15–16:15");
    const edit = dialog.getByTestId("programme-edits").locator("li").first();
    await expect(edit).toContainText("(Start, End)");
    await edit.getByRole("button", { name: "Undo" }).click();
    await expect(edit).toContainText("Undone");
    await expect(page.getByTestId(`session-${EDITED}`)).toContainText("14:00–16:00");
    // The form follows the session back, as nothing was typed since.
    await expect(dialog.getByTestId("edit-start-time")).toHaveValue("14:00");
  });

  test("a stage manager may not import, nor edit another room's session: the buttons say why", async ({
    page,
  }) => {
    await openConsole(page, "en", { name: "Wang Fang", role: "stage-manager", rooms: ["meeting-1"] });
    await showDay5(page);
    await page.getByTestId(`session-${MOVED}`).click();
    const other = page.getByTestId("detail-panel").getByTestId("session-edit-open");
    await expect(other).toBeDisabled();
    await expect(page.getByTestId("session-edit-permission")).toContainText(
      'room "studio-b" is not one of yours (meeting-1)',
    );
    await page.keyboard.press("Escape");
    await page.getByTestId(`session-${EDITED}`).click();
    await expect(page.getByTestId("detail-panel")).toHaveAttribute("data-id", EDITED);
    await expect(page.getByTestId("detail-panel").getByTestId("session-edit-open")).toBeEnabled();
    await page.keyboard.press("Escape");

    const dialog = await openProgramme(page);
    await dialog.getByTestId("programme-file").setInputFiles(CHANGED);
    await expect(dialog.getByTestId("programme-preview")).toBeVisible();
    await expect(dialog.getByTestId("programme-apply")).toBeDisabled();
    await expect(dialog.getByTestId("programme-apply-blocked")).toContainText(
      "importing a programme is the duty officer's",
    );
  });
});
