import { expect, openConsole, test } from "./support/fixtures";

const STATUS_WORDS: Record<string, string> = {
  closed: "Closed",
  setup: "Setup",
  "tech-check": "Tech check",
  ready: "Ready",
  "doors-open": "Doors open",
  live: "Live",
  break: "Break",
  strike: "Strike",
};

test.describe("overview", () => {
  test.beforeEach(async ({ page }) => {
    await openConsole(page);
  });

  test("shows the link as connected and the demo's rehearsal clock", async ({ page }) => {
    await expect(page.getByTestId("link-state")).toHaveAttribute("data-state", "connected");
    const badge = page.getByTestId("rehearsal-badge");
    await expect(badge).toBeVisible();
    await expect(badge).toContainText("Rehearsal");
    await expect(badge).toContainText(/×\d+|paused/);
  });

  test("shows venue time in the venue's zone, not the browser's", async ({ page, request }) => {
    const health = (await (await request.get("/api/health")).json()) as { clock: { venueTime: string } };
    const venue = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Shanghai",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    const expected = Date.parse(health.clock.venueTime);
    const shown = await page.getByTestId("venue-clock-time").textContent();
    const allowed = [-60_000, 0, 60_000].map((d) => venue.format(expected + d));
    expect(allowed).toContain(shown?.slice(0, 5));
    await expect(page.getByTestId("venue-day")).toHaveText(/Day \d of 6|Before the event|After the event/);
  });

  test("has six day tabs", async ({ page }) => {
    await expect(page.locator('[data-testid^="day-tab-"]')).toHaveCount(6);
    await page.getByTestId("day-tab-3").click();
    await expect(page.getByTestId("day-tab-3")).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByTestId("timeline")).toHaveAttribute("data-day", "3");
    await page.keyboard.press("5");
    await expect(page.getByTestId("timeline")).toHaveAttribute("data-day", "5");
  });

  test("zooms the timeline with the buttons and the + and − keys", async ({ page }) => {
    const timeline = page.getByTestId("timeline");
    await expect(timeline).toHaveAttribute("data-zoom", "day");
    await page.keyboard.press("+");
    await expect(timeline).toHaveAttribute("data-zoom", "day2");
    await page.getByTestId("zoom-in").click();
    await expect(timeline).toHaveAttribute("data-zoom", "day4");
    await expect(page.getByTestId("zoom-in")).toBeDisabled();
    await page.keyboard.press("-");
    await page.getByTestId("zoom-out").click();
    await page.keyboard.press("-");
    await expect(timeline).toHaveAttribute("data-zoom", "all");
    await page.keyboard.press("0");
    await expect(timeline).toHaveAttribute("data-zoom", "all");
  });

  test("the all-days timeline holds the 24 activities: 13 online, 10 hybrid, 1 exhibition", async ({
    page,
    hubState,
  }) => {
    await page.getByTestId("timeline-all-days").click();
    const timeline = page.getByTestId("timeline");
    await expect(timeline).toHaveAttribute("data-zoom", "all");
    const blocks = timeline.locator('[data-testid^="session-"]');
    await expect(blocks).toHaveCount(24);
    await expect(timeline.locator('[data-testid^="session-"][data-kind="online"]')).toHaveCount(13);
    await expect(timeline.locator('[data-testid^="session-"][data-kind="hybrid"]')).toHaveCount(10);
    await expect(timeline.locator('[data-testid^="session-"][data-kind="exhibition"]')).toHaveCount(1);
    expect(hubState.event.sessions).toHaveLength(24);
  });

  test("the day tabs together show every activity once, the exhibition on each of its days", async ({
    page,
    hubState,
  }) => {
    const seen = new Map<string, string>();
    const exhibitionDays: number[] = [];
    for (let day = 1; day <= 6; day++) {
      await page.getByTestId(`day-tab-${day}`).click();
      await expect(page.getByTestId("timeline")).toHaveAttribute("data-day", String(day));
      const blocks = page.getByTestId("timeline").locator('[data-testid^="session-"]');
      for (const block of await blocks.all()) {
        const id = (await block.getAttribute("data-testid"))?.replace(/^session-/, "") ?? "";
        const kind = (await block.getAttribute("data-kind")) ?? "";
        seen.set(id, kind);
        if (kind === "exhibition") exhibitionDays.push(day);
      }
    }
    expect([...seen.keys()].sort()).toEqual(hubState.event.sessions.map((s) => s.id).sort());
    const kinds = [...seen.values()];
    expect(kinds.filter((k) => k === "online")).toHaveLength(13);
    expect(kinds.filter((k) => k === "hybrid")).toHaveLength(10);
    expect(kinds.filter((k) => k === "exhibition")).toHaveLength(1);
    expect(exhibitionDays).toEqual([4, 5, 6]);
  });

  test("every room of the event is on the floor plan, across the floors", async ({ page, hubState }) => {
    const floors = [...hubState.event.venue.floors].sort((a, b) => a.level - b.level);
    expect(floors.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(hubState.rooms).sort()).toEqual(hubState.event.venue.rooms.map((r) => r.id).sort());
    for (const floor of floors) {
      await page.getByTestId(`floor-tab-${floor.id}`).click();
      await expect(page.getByTestId("floor-plan")).toHaveAttribute("data-floor", floor.id);
      for (const room of hubState.event.venue.rooms.filter((r) => r.floorId === floor.id)) {
        const label = page.getByTestId(`room-${room.id}`);
        await expect(label).toBeVisible();
        await expect(label).toContainText(room.name.en ?? "");
        // The demo's rooms follow the schedule, so the status may move on: check the word matches it.
        const status = (await label.getAttribute("data-status")) ?? "";
        expect(Object.keys(STATUS_WORDS)).toContain(status);
        await expect(label.locator(".room-status")).toContainText(STATUS_WORDS[status] ?? "?");
      }
    }
  });

  test("each timeline lane shows its room's device health, as the plan does", async ({ page, request }) => {
    const state = await (await request.get("/api/state")).json();
    const lanes = page.locator('[data-testid^="lane-health-"]');
    await expect(lanes.first()).toBeVisible();
    for (const badge of await lanes.all()) {
      const roomId = ((await badge.getAttribute("data-testid")) ?? "").replace("lane-health-", "");
      // Health follows the simulated devices live; the badge names a status of the shared vocabulary.
      expect(["ok", "warning", "fault", "offline", "initializing", "missing"]).toContain(
        await badge.getAttribute("data-health"),
      );
      expect(state.rooms[roomId]).toBeDefined();
    }
  });

  test("switches floors with [ and ]", async ({ page, hubState }) => {
    const floors = [...hubState.event.venue.floors].sort((a, b) => a.level - b.level);
    await expect(page.getByTestId("floor-plan")).toHaveAttribute("data-floor", floors[0]?.id ?? "");
    await page.keyboard.press("]");
    await expect(page.getByTestId("floor-plan")).toHaveAttribute("data-floor", floors[1]?.id ?? "");
    await page.keyboard.press("[");
    await expect(page.getByTestId("floor-plan")).toHaveAttribute("data-floor", floors[0]?.id ?? "");
  });

  test("clicking a session opens its detail panel; Esc closes it", async ({ page, hubState }) => {
    const session =
      hubState.event.sessions.find((s) => s.id === "d4-metropolis-opening") ?? hubState.event.sessions[0];
    if (!session) throw new Error("the demo has no sessions");
    await page.getByTestId("timeline-all-days").click();
    await page.getByTestId(`session-${session.id}`).click();
    const panel = page.getByTestId("detail-panel");
    await expect(panel).toBeVisible();
    await expect(panel).toHaveAttribute("data-type", "session");
    await expect(panel).toHaveAttribute("data-id", session.id);
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText(session.title.en ?? "");
    await expect(panel).toContainText(/venue time \(UTC\+8\)/);
    await expect(panel.getByTestId("detail-speakers")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
  });

  test("clicking a room on the plan opens its detail panel with booths and devices", async ({ page }) => {
    await page.getByTestId("room-plenary").click();
    const panel = page.getByTestId("detail-panel");
    await expect(panel).toHaveAttribute("data-type", "room");
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Plenary Hall");
    await expect(panel.locator('[data-testid^="booth-"]')).not.toHaveCount(0);
    await expect(panel.locator('[data-testid^="device-"]')).not.toHaveCount(0);
    await page.getByTestId("detail-close").click();
    await expect(panel).toBeHidden();
  });

  test("the help overlay lists the shortcuts and the About box shows the illustrative note", async ({
    page,
  }) => {
    await page.keyboard.press("?");
    await expect(page.getByTestId("help-overlay")).toBeVisible();
    await expect(page.getByTestId("help-overlay")).toContainText("Switch language");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("help-overlay")).toBeHidden();
    await page.getByTestId("about-open").click();
    const about = page.getByTestId("about-dialog");
    await expect(about.getByTestId("about-illustrative")).toContainText("invented");
    await expect(about.getByTestId("about-facts")).toContainText("584");
    await expect(about.getByTestId("about-version")).toHaveText(/\d+\.\d+\.\d+/);
  });
});

test.describe("languages", () => {
  test("switches to Chinese, names rooms in Chinese and remembers the choice", async ({ page, hubState }) => {
    await openConsole(page, "en");
    await expect(page.locator("#plan-heading")).toHaveText("Floor plan");
    await page.getByTestId("lang-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.locator("#plan-heading")).toHaveText("平面图");
    const plenary = hubState.event.venue.rooms.find((r) => r.id === "plenary");
    await expect(page.getByTestId("room-plenary")).toContainText(plenary?.name["zh-CN"] ?? "全体大会厅");
    await expect(page.getByTestId("rehearsal-badge")).toContainText("排练");
    await expect(page.getByTestId("link-state")).toContainText("已连接");
    await page.reload();
    await expect(page.locator("#plan-heading")).toHaveText("平面图");
    await page.keyboard.press("l");
    await expect(page.locator("#plan-heading")).toHaveText("Floor plan");
  });
});
