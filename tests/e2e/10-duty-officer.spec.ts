import { readFileSync } from "node:fs";
import type { APIRequestContext, Page } from "@playwright/test";
import {
  E2E_OPERATOR,
  expect,
  openConsole,
  openOtherConsole,
  pauseClockAt,
  postCommand,
  restoreDemoClock,
  test,
} from "./support/fixtures";

// The Press Center's stage manager; no other spec touches the press room's issue.
const STAGE_MANAGER = { name: "Wang Fang", role: "stage-manager", rooms: ["press"] };
// Day 6's morning session in Meeting Room 3: two booths, nobody else's spec uses it.
const SESSION = "d6-green-low-carbon";
const BOOTH = "meeting-3-zh";
const UNSTAFFED = `interpretation.unstaffed:${SESSION}:zh`;

interface StateView {
  seq: number;
  sessions: Record<string, { status: string }>;
  assignments: Record<string, { interpreterIds: string[]; relaySource: string }>;
  alerts: Record<
    string,
    {
      escalatedAt: string | null;
      acknowledged: { by: { operator: string } } | null;
      resolvedAt: string | null;
    }
  >;
  log: { id: string; text: string; entryType: string; corrects: string | null }[];
}

async function state(request: APIRequestContext): Promise<StateView> {
  return (await (await request.get("/api/state")).json()) as StateView;
}

async function openRoom(page: Page, roomId: string) {
  await page.getByTestId(`room-${roomId}`).click();
  await expect(page.getByTestId("detail-panel")).toBeVisible();
  return page.getByTestId("detail-panel");
}

test.describe("duty officer: sign-in, roles and presence", () => {
  test("a stage manager signs in for one room; another room's controls are disabled with the reason, and the hub refuses them anyway", async ({
    page,
    request,
  }) => {
    await openConsole(page, "en", null);
    const dialog = page.getByTestId("signin-dialog");
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId("operator-name")).toHaveText("Sign in");

    // The hub's own rules: a name, and at least one room for a stage manager.
    await dialog.getByTestId("signin-submit").click();
    await expect(dialog.getByTestId("signin-name-error")).toHaveText("Say who you are (1 to 80 characters).");
    await dialog.getByTestId("signin-name").fill(STAGE_MANAGER.name);
    await dialog.getByTestId("signin-role-stage-manager").check();
    await dialog.getByTestId("signin-submit").click();
    await expect(dialog.getByTestId("signin-rooms-error")).toHaveText(
      "A stage manager chooses at least one room.",
    );
    await dialog.getByTestId("signin-room-press").check();
    await dialog.getByTestId("signin-submit").click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("operator-name")).toHaveText(STAGE_MANAGER.name);
    await expect(page.getByTestId("operator-role")).toHaveText("Stage manager");

    // Another room: the control is there but disabled, and says why.
    const other = await openRoom(page, "exhibition");
    await expect(other.getByTestId("room-issue-input")).toBeDisabled();
    await expect(other.getByTestId("room-issue-permission")).toContainText(
      'room "exhibition" is not one of yours (press)',
    );
    await expect(other.getByTestId("room-issue-input")).toHaveAttribute(
      "aria-description",
      /not one of yours/,
    );
    // Their own room: allowed.
    const own = await openRoom(page, "press");
    await expect(own.getByTestId("room-issue-input")).toBeEnabled();
    await expect(own.getByTestId("room-issue-permission")).toHaveCount(0);

    // The Room view greys another room's moves and stage messages the same way, and keeps its own.
    await page.keyboard.press("Escape");
    await page.keyboard.press("w");
    await page.getByTestId("room-picker").selectOption("exhibition");
    await expect(page.getByTestId("room-moves").getByRole("button").first()).toBeDisabled();
    await expect(page.getByTestId("room-moves")).toHaveAttribute("aria-description", /not one of yours/);
    await expect(page.getByTestId("stage-panel").getByRole("button").first()).toBeDisabled();
    await page.getByTestId("room-picker").selectOption("press");
    await expect(page.getByTestId("room-moves").getByRole("button").first()).toBeEnabled();
    await expect(page.getByTestId("stage-panel").getByRole("button").first()).toBeEnabled();
    await page.keyboard.press("o");

    // Forced through the API with the same role, the hub says no; a viewer changes nothing either.
    const forced = await request.post("/api/commands", {
      data: { type: "room.setIssue", roomId: "exhibition", issue: "forced" },
      headers: { "x-operator": STAGE_MANAGER.name, "x-role": "stage-manager", "x-rooms": "press" },
    });
    expect(forced.status()).toBe(403);
    expect(await forced.json()).toMatchObject({ code: "forbidden" });
    const viewer = await request.post("/api/commands", {
      data: { type: "log.add", entryType: "general", text: "a viewer writing" },
      headers: { "x-operator": "Visitor", "x-role": "viewer" },
    });
    expect(viewer.status()).toBe(403);

    // Signing out leaves the console watching, and the dialog offers a new sign-in.
    await page.getByTestId("operator-open").click();
    await page.getByTestId("operator-signout").click();
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId("operator-name")).toHaveText("Sign in");
    await dialog.getByTestId("signin-watch").click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("operator-role")).toHaveText("Watching only");
  });

  test("two consoles see each other's changes within a second, each other in presence, and a stale edit is refused with a conflict", async ({
    page,
    browser,
  }) => {
    await openConsole(page, "en");
    const other = await openOtherConsole(browser, "zh-CN", STAGE_MANAGER);
    try {
      const smPage = other.page;
      // Presence: each console lists the other.
      await page.getByTestId("operator-open").click();
      await expect(
        page
          .getByTestId("presence-list")
          .locator(`[data-name="${STAGE_MANAGER.name}"][data-role="stage-manager"]`),
      ).toHaveCount(1);
      await page.keyboard.press("Escape");
      await smPage.getByTestId("operator-open").click();
      await expect(
        smPage
          .getByTestId("presence-list")
          .locator(`[data-name="${E2E_OPERATOR.name}"][data-role="duty-officer"]`),
      ).toHaveCount(1);
      await expect(smPage.getByTestId("operator-panel")).toContainText("舞台监督");
      await smPage.keyboard.press("Escape");

      // A change on one shows on the other within a second, both ways.
      const duty = await openRoom(page, "press");
      const sm = await openRoom(smPage, "press");
      const flag = `Mic 2 crackles ${Date.now()}`;
      await sm.getByTestId("room-issue-input").fill(flag);
      await sm.getByTestId("room-issue-set").click();
      // A small room on the plan says its issue to assistive technology only: read it there.
      await expect(page.getByTestId("room-press")).toHaveAttribute("aria-label", new RegExp(flag), {
        timeout: 1000,
      });
      await duty.getByTestId("room-issue-clear").click();
      await expect(smPage.getByTestId("room-press")).not.toHaveClass(/has-issue/, { timeout: 1000 });

      // The stage manager starts an edit; the duty officer changes the issue first.
      await sm.getByTestId("room-issue-input").fill("Projector warming up");
      const dutyText = `Duty: projector replaced ${Date.now()}`;
      await duty.getByTestId("room-issue-input").fill(dutyText);
      await duty.getByTestId("room-issue-set").click();
      await expect(smPage.getByTestId("room-press")).toHaveAttribute("aria-label", new RegExp(dutyText), {
        timeout: 1000,
      });
      await sm.getByTestId("room-issue-set").click();
      const conflict = sm.getByTestId("room-issue-conflict");
      await expect(conflict).toBeVisible();
      await expect(conflict).toContainText("在您打开之后，其他人已更改了此项");
      await expect(conflict).toContainText(`changed by ${E2E_OPERATOR.name} (duty-officer`);
      // Nothing was overwritten; the stage manager loads what is there now.
      await expect(page.getByTestId("room-press")).toHaveAttribute("aria-label", new RegExp(dutyText));
      await conflict.getByTestId("room-issue-conflict-reload").click();
      await expect(sm.getByTestId("room-issue-input")).toHaveValue(dutyText);
      await expect(conflict).toHaveCount(0);
      await duty.getByTestId("room-issue-clear").click();
      await expect(page.getByTestId("room-press")).not.toHaveClass(/has-issue/);
    } finally {
      await other.context.close();
    }
  });
});

test.describe("duty officer: alerts", () => {
  test.afterAll(async ({ request }) => restoreDemoClock(request));

  test("a critical alert nobody acknowledges escalates on the rehearsal clock, sounds, notifies, is highlighted and then acknowledged", async ({
    page,
    context,
    request,
  }) => {
    const before = await state(request);
    const team = before.assignments[`${SESSION}|${BOOTH}`];
    await pauseClockAt(request, "2021-11-13T09:40:00+08:00");
    const status = (await state(request)).sessions[SESSION]?.status;
    if (status === "scheduled") await postCommand(request, { type: "session.standby", sessionId: SESSION });
    if (status === "scheduled" || status === "standby")
      await postCommand(request, { type: "session.start", sessionId: SESSION });
    // A live session whose Chinese booth has nobody: a critical alert.
    await postCommand(request, {
      type: "booth.assign",
      sessionId: SESSION,
      boothId: BOOTH,
      interpreterIds: [],
    });
    await expect
      .poll(async () => (await state(request)).alerts[UNSTAFFED]?.resolvedAt, { timeout: 5000 })
      .toBeNull();
    expect((await state(request)).alerts[UNSTAFFED]?.escalatedAt).toBeNull();
    // A quiet room otherwise: what earlier specs left open is acknowledged, so this alert is the one to act on.
    for (const [id, alert] of Object.entries((await state(request)).alerts)) {
      if (id !== UNSTAFFED && alert.acknowledged === null && alert.resolvedAt === null)
        await postCommand(request, { type: "alert.acknowledge", alertId: id });
    }

    // The real Notification and WebAudio, counted on their way through.
    await context.grantPermissions(["notifications"]);
    await page.addInitScript(() => {
      const w = globalThis as unknown as {
        Notification: new (title: string, options?: { body?: string }) => unknown;
        AudioContext: { prototype: { createOscillator: (...a: unknown[]) => unknown } };
        __notices: string[];
        __beeps: number;
      };
      w.__notices = [];
      w.__beeps = 0;
      const RealNotification = w.Notification;
      w.Notification = class extends (RealNotification as unknown as new (
        title: string,
        options?: { body?: string },
      ) => object) {
        constructor(title: string, options?: { body?: string }) {
          super(title, options);
          w.__notices.push(`${title} | ${options?.body ?? ""}`);
        }
      } as unknown as typeof w.Notification;
      const create = w.AudioContext.prototype.createOscillator;
      w.AudioContext.prototype.createOscillator = function (this: unknown, ...args: unknown[]) {
        w.__beeps += 1;
        return create.apply(this, args);
      };
    });
    await openConsole(page, "en");
    const rail = page.getByTestId("alert-rail");
    const item = page.getByTestId(`alert-rail-${UNSTAFFED}`);
    await expect(item).toHaveAttribute("data-escalated", "false");
    await expect(item).toContainText("Critical");
    await expect(rail).toHaveAttribute("data-escalated", "0");
    // The browser plays sound only after a gesture on the page, as an operator's first press would be.
    await page.getByTestId("alert-mute").click();
    await page.getByTestId("alert-mute").click();
    await expect(page.getByTestId("alert-mute")).toHaveAttribute("aria-pressed", "false");

    // Two and a half minutes later on the venue clock, past the event's 120 s: escalated.
    await pauseClockAt(request, "2021-11-13T09:42:30+08:00");
    await expect(rail).toHaveAttribute("data-escalated", "1", { timeout: 5000 });
    await expect(item).toHaveAttribute("data-escalated", "true");
    await expect(item).toContainText("Escalated");
    await expect(rail).toHaveClass(/is-escalated/);
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { __beeps: number }).__beeps))
      .toBeGreaterThan(0);
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { __notices: string[] }).__notices))
      .toEqual([expect.stringContaining("Escalated alert")]);

    await page.getByTestId(`alert-ack-${UNSTAFFED}`).click();
    await expect(rail).toHaveAttribute("data-escalated", "0");
    await expect(item).toHaveCount(0);
    expect((await state(request)).alerts[UNSTAFFED]?.acknowledged?.by.operator).toBe(E2E_OPERATOR.name);

    // The list: filtered to acknowledged interpretation alerts, with who and when.
    await page.keyboard.press("!");
    const list = page.getByTestId("alert-list");
    await expect(list).toBeVisible();
    await list.getByTestId("alert-filter-state-acknowledged").click();
    await list.getByTestId("alert-filter-family-interpretation").click();
    const row = list.getByTestId(`alert-row-${UNSTAFFED}`);
    await expect(row).toHaveAttribute("data-state", "acknowledged");
    await expect(row).toContainText(`by ${E2E_OPERATOR.name}`);
    await expect(row).toContainText("escalated 11-13 09:42");
    await list.getByTestId("alert-filter-text").fill("no such alert anywhere");
    await expect(row).toHaveCount(0);
    await list.getByTestId("alert-filter-text").fill("");
    await page.keyboard.press("Escape");

    // Back as it was: the team returns (the alert resolves) and the session ends.
    await postCommand(request, {
      type: "booth.assign",
      sessionId: SESSION,
      boothId: BOOTH,
      interpreterIds: team?.interpreterIds ?? ["fang-zhiheng", "gao-ruoxi"],
    });
    await expect
      .poll(async () => (await state(request)).alerts[UNSTAFFED]?.resolvedAt ?? null)
      .not.toBeNull();
    await postCommand(request, { type: "session.end", sessionId: SESSION });
  });
});

test.describe("duty officer: the incident log and the day report", () => {
  test("a decision with its reason, then a correction that points at it, never editing it", async ({
    page,
    request,
  }) => {
    await openConsole(page, "en");
    await page.keyboard.press("j");
    await expect(page.getByTestId("log-view")).toHaveAttribute("data-tab", "log");
    const form = page.getByTestId("log-form");
    const text = `Move the press conference to Meeting Room 1 ${Date.now()}`;

    await form.getByTestId("log-type-decision").click();
    await form.getByTestId("log-text").fill(text);
    await form.getByTestId("log-submit").click();
    await expect(form).toContainText("A decision needs its reason");
    await form.getByTestId("log-reason").fill("Press Center projector failed");
    await form.getByTestId("log-severity-warning").click();
    await form.getByTestId("log-link-room").selectOption("press");
    await form.getByTestId("log-key").check();
    await form.getByTestId("log-submit").click();
    await expect(form.getByTestId("log-form-added")).toContainText("to the log");

    const decision = (await state(request)).log.find((e) => e.text === text);
    expect(decision?.entryType).toBe("decision");
    const entry = page.getByTestId(`log-entry-${decision?.id}`);
    await expect(entry).toContainText("Decision");
    await expect(entry).toContainText("Reason: Press Center projector failed");
    await expect(entry).toContainText("Room: Press Center");
    await expect(entry).toContainText(`${E2E_OPERATOR.name} · Duty officer`);
    await expect(entry.getByTestId("log-key-event")).toBeVisible();

    // The correction starts from the entry and points at it; the entry itself stays as written.
    await entry.getByTestId(`log-correct-${decision?.id}`).click();
    await expect(form).toHaveAttribute("data-correcting", decision?.id ?? "");
    await expect(form.getByTestId("log-text")).toHaveValue(text);
    const corrected = `${text}, not Meeting Room 2`;
    await form.getByTestId("log-text").fill(corrected);
    await form.getByTestId("log-submit").click();
    await expect(form).toHaveAttribute("data-correcting", "");

    const correction = (await state(request)).log.find((e) => e.text === corrected);
    expect(correction?.corrects).toBe(decision?.id);
    const number = (id: string | undefined) => `#${id?.replace("log-", "")}`;
    await expect(page.getByTestId(`log-entry-${correction?.id}`).getByTestId("log-corrects")).toContainText(
      `Corrects ${number(decision?.id)}`,
    );
    await expect(entry).toHaveAttribute("data-corrected", "true");
    await expect(entry.getByTestId("log-corrected-by")).toContainText(
      `Corrected by ${number(correction?.id)}`,
    );
    await expect(entry).toContainText(text);

    // Search and filters.
    await page.getByTestId("log-search").fill(text);
    await expect(page.getByTestId("log-list").locator("[data-testid^='log-entry-']")).toHaveCount(2);
    await page.getByTestId("log-filter-type-incident").click();
    await expect(page.getByTestId("log-list").locator("[data-testid^='log-entry-']")).toHaveCount(0);
    await page.getByTestId("log-filter-type-incident").click();
    await page.getByTestId("log-filter-room").selectOption("plenary");
    await expect(page.getByTestId("log-list").locator("[data-testid^='log-entry-']")).toHaveCount(0);
    await page.getByTestId("log-filter-room").selectOption("press");
    await page.getByTestId("log-filter-key").click();
    await expect(page.getByTestId("log-list").locator("[data-testid^='log-entry-']")).toHaveCount(2);
  });

  test("the day report of day 4 renders, exports one CSV and prints to an A4 PDF", async ({ page }) => {
    await openConsole(page, "en");
    await page.keyboard.press("j");
    await page.getByTestId("log-tab-report").click();
    await page.getByTestId("report-day-4").click();
    const panel = page.getByTestId("report-panel");
    await expect(panel).toHaveAttribute("data-date", "2021-11-11");
    await expect(panel).toHaveAttribute("data-state", "ready");
    await expect(page.getByTestId("report-meta")).toContainText("Day 4 of 6");
    await expect(page.getByTestId("report-author")).toContainText(
      `Prepared by ${E2E_OPERATOR.name} (Duty officer)`,
    );
    const opening = page.getByTestId("report-session-d4-metropolis-opening");
    await expect(opening).toContainText("Plenary Hall");
    await expect(opening).toContainText("09:30–11:00");
    for (const section of ["sessions", "log", "alerts", "interpreters", "outages", "overrides"])
      await expect(page.getByTestId(`report-${section}`)).toBeVisible();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("report-csv").click(),
    ]);
    expect(download.suggestedFilename()).toBe("day-report-2021-11-11.csv");
    const csv = readFileSync((await download.path()) ?? "", "utf8");
    expect(csv.startsWith("\uFEFFsection,")).toBe(true);
    expect(csv).toMatch(/\r\nSessions,d4-metropolis-opening,/);

    // Printed: no navigation chrome, only the report.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("top-bar")).toBeHidden();
    await expect(page.getByTestId("duty-strip")).toBeHidden();
    await expect(page.getByTestId("report-print")).toBeHidden();
    await expect(page.getByTestId("report-doc")).toBeVisible();
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(20_000);
  });
});
