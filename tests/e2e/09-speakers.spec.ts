import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { issueLinkByApi, openDevicePage } from "./support/devices";
import { expect, openConsole, pauseClockAt, restoreDemoClock, test } from "./support/fixtures";

// Day 6. The city partnerships (Broadcast Studio A, 15:00-16:30) have a speaker of each mode; the closing
// plenary (Plenary Hall, 14:00) two in person. No other spec runs the clock through day 6, and at 08:00
// both are more than four hours off, so the demo's rehearsal director has ticked nothing for them yet.
const SESSION = "d6-city-partnerships";
const CLOSING = "d6-closing-plenary";
const EARLY = "2021-11-13T08:00:00+08:00";

const ITEMS = {
  "in-person": ["checked-in", "green-room", "mic-fitted", "mic-level", "slides-received", "slides-loaded"],
  remote: ["link-tested", "camera-ok", "audio-ok", "backup-dial-in", "standby"],
  recorded: ["video-received", "video-checked", "video-cued"],
} as const;
type Mode = keyof typeof ITEMS;

const SPEAKERS: Record<string, [string, Mode][]> = {
  [SESSION]: [
    ["he-jingwen", "in-person"],
    ["jordi-puig", "recorded"],
    ["youssef-benali", "remote"],
    ["kwame-mensah", "remote"],
    ["sophie-marchand", "remote"],
    ["bilal-rana", "remote"],
  ],
  [CLOSING]: [
    ["huang-shuyi", "in-person"],
    ["lin-jiahe", "in-person"],
    ["octavi-de-la-varga", "remote"],
    ["emilia-saiz", "remote"],
    ["thandiwe-nkosi", "remote"],
  ],
};
/** Items that ask for the version received before they tick. */
const VERSION: Record<string, string> = { "slides-received": "v1", "video-received": "final" };

async function command(request: APIRequestContext, data: Record<string, unknown>): Promise<void> {
  const response = await request.post("/api/commands", { data });
  expect(response.ok(), await response.text()).toBe(true);
}

/** Sets every item of a session's speakers, over the API: a rerun on the same hub starts from the same place. */
async function setAll(request: APIRequestContext, sessionId: string, done: boolean): Promise<void> {
  for (const [speakerId, mode] of SPEAKERS[sessionId] ?? []) {
    for (const item of ITEMS[mode]) {
      const version = done ? VERSION[item] : undefined;
      await command(request, {
        type: "speaker.setCheck",
        sessionId,
        speakerId,
        item,
        done,
        ...(version ? { version } : {}),
      });
    }
  }
}

async function openSpeakers(page: Page, day: number, locale: "en" | "zh-CN" = "en"): Promise<void> {
  await openConsole(page, locale);
  await page.keyboard.press("p");
  await expect(page.getByTestId("spk-view")).toBeVisible();
  await page.keyboard.press(String(day));
  await expect(page.getByTestId("spk-view")).toHaveAttribute("data-day", String(day));
}

const card = (page: Page, sessionId: string): Locator => page.getByTestId(`spk-session-${sessionId}`);
const item = (page: Page, sessionId: string, speakerId: string, name: string): Locator =>
  page.getByTestId(`spk-item-${sessionId}-${speakerId}-${name}`);

/** Ticks one item on the board as an operator does, naming the version where the item asks for one. */
async function tick(page: Page, sessionId: string, speakerId: string, name: string): Promise<void> {
  const tile = item(page, sessionId, speakerId, name);
  await expect(tile).toHaveAttribute("data-done", "false");
  await tile.click();
  const version = VERSION[name];
  if (version) {
    const dialog = page.getByTestId("spk-version-dialog");
    await expect(dialog).toBeVisible();
    // The version is required: an empty one is refused before anything is sent.
    await dialog.getByTestId("spk-version-submit").click();
    await expect(dialog.getByTestId("spk-version-error")).toHaveText("Name the version that was received.");
    await dialog.getByTestId("spk-version-input").fill(version);
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
  }
  await expect(tile).toHaveAttribute("data-done", "true");
}

test.describe("speakers (readiness)", () => {
  test.afterAll(async ({ request }) => restoreDemoClock(request));

  test("ticking every item of a session's speakers turns it ready, on the board, the timeline, now/next and the room", async ({
    page,
    request,
  }) => {
    // Some thirty ticks through the board, each waiting for the hub's answer: more than the usual minute
    // on a loaded machine.
    test.slow();
    await pauseClockAt(request, EARLY);
    await setAll(request, SESSION, false);
    await openSpeakers(page, 6);

    const session = card(page, SESSION);
    await expect(session).toHaveAttribute("data-status", "at-risk");
    await expect(page.getByTestId(`spk-gonogo-${SESSION}`)).toHaveText("▲AT RISK");
    await expect(page.getByTestId(`spk-countdown-${SESSION}`)).toHaveText("07:00:00");
    await expect(page.getByTestId(`spk-ready-count-${SESSION}`)).toHaveText("0/6 speakers ready");
    // Deadlines: check-in 45 minutes before the slot, the remote tech check 30, everything else 15.
    await expect(item(page, SESSION, "he-jingwen", "checked-in")).toContainText("due 14:15");
    await expect(item(page, SESSION, "kwame-mensah", "link-tested")).toContainText("due 14:30");
    await expect(item(page, SESSION, "jordi-puig", "video-cued")).toContainText("due 14:45");

    // Arrival from the console: checked in, by whom and when (venue time).
    await page.getByTestId(`spk-checkin-${SESSION}-he-jingwen`).click();
    await expect(page.getByTestId(`spk-checkin-${SESSION}-he-jingwen`)).toHaveText("✓ Checked in 08:00");
    const checkedIn = item(page, SESSION, "he-jingwen", "checked-in");
    await expect(checkedIn).toHaveAttribute("data-done", "true");
    await expect(checkedIn).toContainText("08:00 · E2E duty officer");

    const all = (SPEAKERS[SESSION] ?? []).flatMap(([speakerId, mode]) =>
      ITEMS[mode].filter((name) => name !== "checked-in").map((name) => [speakerId, name] as const),
    );
    const last = all.pop();
    if (!last) throw new Error("no items");
    for (const [speakerId, name] of all) await tick(page, SESSION, speakerId, name);
    // Loaded without naming a version: the deck last received.
    await expect(item(page, SESSION, "he-jingwen", "slides-loaded")).toContainText("v1");
    await expect(item(page, SESSION, "jordi-puig", "video-received")).toContainText("final");
    await expect(session).toHaveAttribute("data-status", "at-risk");
    await expect(page.getByTestId(`spk-ready-count-${SESSION}`)).toHaveText("5/6 speakers ready");

    await tick(page, SESSION, ...last);
    await expect(session).toHaveAttribute("data-status", "ready");
    await expect(page.getByTestId(`spk-gonogo-${SESSION}`)).toHaveText("✓READY");
    await expect(page.getByTestId(`spk-ready-count-${SESSION}`)).toHaveText("6/6 speakers ready");
    for (const [speakerId] of SPEAKERS[SESSION] ?? [])
      await expect(page.getByTestId(`spk-speaker-${SESSION}-${speakerId}`)).toHaveAttribute(
        "data-status",
        "ready",
      );

    // The same go/no-go elsewhere: the session's block on the timeline, now and next, the Room view.
    await page.keyboard.press("o");
    await page.getByTestId("day-tab-6").click();
    const mark = page.getByTestId(`timeline-readiness-${SESSION}`);
    await expect(mark).toHaveAttribute("data-status", "ready");
    await expect(mark).toHaveAttribute("aria-label", "Speakers: READY");
    await expect(page.getByTestId(`session-${SESSION}`)).toHaveAttribute("aria-label", /Speakers: READY$/);
    await expect(page.getByTestId(`nownext-readiness-${SESSION}`)).toHaveAttribute("data-status", "ready");

    await page.keyboard.press("w");
    await page.getByTestId("room-picker").selectOption("studio-a");
    await expect(page.getByTestId(`room-readiness-${SESSION}`)).toHaveAttribute("data-status", "ready");
    await expect(page.getByTestId("room-current-readiness")).toHaveAttribute("data-status", "ready");
    await expect(page.getByTestId("room-current-readiness")).toContainText("6/6 speakers ready");
  });

  test("slides changed after loading flag the loaded deck until the new one is loaded", async ({
    page,
    request,
  }) => {
    await pauseClockAt(request, EARLY);
    await setAll(request, SESSION, true);
    await openSpeakers(page, 6);
    await expect(card(page, SESSION)).toHaveAttribute("data-status", "ready");

    // A new deck arrives: recorded over the old one from the same tile.
    await item(page, SESSION, "he-jingwen", "slides-received").click();
    const dialog = page.getByTestId("spk-version-dialog");
    await expect(dialog.getByTestId("spk-version-current")).toHaveText("Received so far: v1");
    await dialog.getByTestId("spk-version-input").fill("v2");
    await dialog.getByTestId("spk-version-submit").click();
    await expect(dialog).toBeHidden();

    const loaded = item(page, SESSION, "he-jingwen", "slides-loaded");
    await expect(loaded).toHaveAttribute("data-superseded", "true");
    await expect(loaded).toContainText("New version v2");
    await expect(loaded).toContainText("loaded v1");
    await expect(card(page, SESSION)).toHaveAttribute("data-status", "at-risk");
    await expect(page.getByTestId(`spk-speaker-${SESSION}-he-jingwen`)).toHaveAttribute(
      "data-status",
      "at-risk",
    );

    // Loading again takes the newest deck.
    await loaded.click();
    await expect(loaded).toHaveAttribute("data-superseded", "false");
    await expect(loaded).toHaveAttribute("data-done", "true");
    await expect(loaded).toContainText("v2");
    await expect(card(page, SESSION)).toHaveAttribute("data-status", "ready");
  });

  test("a speaker checked in at the kiosk shows as checked in on the console", async ({
    page,
    context,
    request,
  }) => {
    await pauseClockAt(request, EARLY);
    await command(request, {
      type: "speaker.setCheck",
      sessionId: CLOSING,
      speakerId: "huang-shuyi",
      item: "checked-in",
      done: false,
    });
    await openSpeakers(page, 6);
    const checkedIn = item(page, CLOSING, "huang-shuyi", "checked-in");
    await expect(checkedIn).toHaveAttribute("data-done", "false");
    await expect(page.getByTestId(`spk-checkin-${CLOSING}-huang-shuyi`)).toHaveText("Check in");

    const kiosk = await openDevicePage(
      context,
      await issueLinkByApi(request, "green-room-kiosk", "checkin-kiosk"),
    );
    await kiosk.getByTestId("kiosk-search").fill("huang");
    await kiosk.getByTestId("kiosk-result-huang-shuyi").click();
    await expect(kiosk.getByTestId("kiosk-session")).toHaveAttribute("data-session-id", CLOSING);
    await kiosk.getByTestId("kiosk-checkin").click();
    await expect(kiosk.getByTestId("kiosk-confirmation")).toContainText("Welcome, Huang Shuyi");

    await expect(checkedIn).toHaveAttribute("data-done", "true");
    // Who: the kiosk by its name, at the venue time of arrival.
    await expect(checkedIn).toContainText("08:00 · Green room check-in");
    await expect(page.getByTestId(`spk-checkin-${CLOSING}-huang-shuyi`)).toHaveText("✓ Checked in 08:00");
    await expect(page.getByTestId(`spk-checkin-${CLOSING}-huang-shuyi`)).toHaveAttribute(
      "data-checked-in",
      "true",
    );
  });

  test("a remote speaker's local time, offset and night flag are right for their zone", async ({
    page,
    request,
  }) => {
    // 08:00 in Guangzhou is 00:00 UTC: 01:00 in Paris (UTC+1 in November), night there; the 15:00 slot
    // is 08:00 there, day.
    await pauseClockAt(request, EARLY);
    await openSpeakers(page, 6);
    const paris = `spk-local-${SESSION}-sophie-marchand`;
    await expect(page.getByTestId(`${paris}-offset`)).toHaveText("Local time · UTC+1");
    await expect(page.getByTestId(`${paris}-now`)).toHaveText("01:00");
    await expect(page.getByTestId(`${paris}-now-night`)).toBeVisible();
    await expect(page.getByTestId(`${paris}-now-night`)).toHaveText("☾ NIGHT");
    await expect(page.getByTestId(`${paris}-slot`)).toHaveText("08:00");
    await expect(page.getByTestId(`${paris}-slot-night`)).toBeHidden();
    // Karachi (UTC+5): 05:00 now, still night; 12:00 at the slot.
    const karachi = `spk-local-${SESSION}-bilal-rana`;
    await expect(page.getByTestId(`${karachi}-offset`)).toHaveText("Local time · UTC+5");
    await expect(page.getByTestId(`${karachi}-now-night`)).toBeVisible();
    await expect(page.getByTestId(`${karachi}-slot`)).toHaveText("12:00");
    await expect(page.getByTestId(`${karachi}-slot-night`)).toBeHidden();

    // The day before, in Bogotá (UTC-5): the 16:30 report starts at 03:30 there, in the night, while it
    // is 19:00 there now.
    await page.keyboard.press("5");
    const bogota = "spk-local-d5-innovation-reports-valeria-montoya";
    await expect(page.getByTestId(`${bogota}-offset`)).toHaveText("Local time · UTC-5");
    await expect(page.getByTestId(`${bogota}-slot`)).toHaveText("03:30");
    await expect(page.getByTestId(`${bogota}-slot-night`)).toBeVisible();
    await expect(page.getByTestId(`${bogota}-now`)).toHaveText("19:00");
    await expect(page.getByTestId(`${bogota}-now-night`)).toBeHidden();

    await page.keyboard.press("l");
    await expect(page.getByTestId(`${bogota}-offset`)).toHaveText("当地时间 · UTC-5");
    await expect(page.getByTestId(`${bogota}-slot-night`)).toHaveText("☾ 夜间");
  });

  test("“not ready only” leaves the speakers still to get ready; search finds by name, city, organisation and session", async ({
    page,
    request,
  }) => {
    await pauseClockAt(request, EARLY);
    await setAll(request, SESSION, true);
    await setAll(request, CLOSING, false);
    await openSpeakers(page, 6);
    await expect(card(page, SESSION)).toHaveAttribute("data-status", "ready");
    await expect(card(page, CLOSING)).toHaveAttribute("data-status", "at-risk");

    await page.keyboard.press("n");
    await expect(page.getByTestId("spk-not-ready-only")).toBeChecked();
    await expect(card(page, SESSION)).toHaveCount(0);
    await expect(card(page, CLOSING).locator('article[data-testid^="spk-speaker-"]')).toHaveCount(5);
    // The day's counts stay whatever the filter shows.
    await expect(page.getByTestId("spk-count-ready")).toHaveText("✓1READY");

    // Lin Jiahe gets ready: she leaves the list, the others stay.
    for (const name of ITEMS["in-person"])
      await command(request, {
        type: "speaker.setCheck",
        sessionId: CLOSING,
        speakerId: "lin-jiahe",
        item: name,
        done: true,
        ...(VERSION[name] ? { version: VERSION[name] } : {}),
      });
    await expect(page.getByTestId(`spk-speaker-${CLOSING}-lin-jiahe`)).toHaveCount(0);
    await expect(page.getByTestId(`spk-speaker-${CLOSING}-huang-shuyi`)).toBeVisible();
    await page.getByTestId("spk-not-ready-only").uncheck();
    await expect(card(page, SESSION)).toBeVisible();

    const search = page.getByTestId("spk-search");
    const rows = page.getByTestId("spk-board").locator('article[data-testid^="spk-speaker-"]');
    const shown = async () =>
      (await rows.evaluateAll((els) => els.map((el) => el.getAttribute("data-testid")))).sort();
    // "/" jumps to the search field.
    await page.keyboard.press("/");
    await expect(search).toBeFocused();
    await page.keyboard.type("黄舒怡");
    await expect(rows).toHaveCount(1);
    expect(await shown()).toEqual([`spk-speaker-${CLOSING}-huang-shuyi`]);
    await search.fill("lyon");
    await expect(rows).toHaveCount(1);
    expect(await shown()).toEqual([`spk-speaker-${SESSION}-sophie-marchand`]);
    await search.fill("accra metropolitan");
    await expect(rows).toHaveCount(1);
    expect(await shown()).toEqual([`spk-speaker-${SESSION}-kwame-mensah`]);
    await search.fill("partnerships");
    await expect(rows).toHaveCount(6);
    await search.fill("nobody-is-called-this");
    await expect(page.getByTestId("spk-empty")).toHaveText("No speaker matches the search or the filter.");
    // Esc empties the field first.
    await page.keyboard.press("Escape");
    await expect(search).toHaveValue("");
    await expect(card(page, SESSION)).toBeVisible();
  });
});
