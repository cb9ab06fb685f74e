import { rmSync } from "node:fs";
import type { Locator, Page, TestInfo } from "@playwright/test";
import {
  type HubProcess,
  postCommand,
  startHubProcess,
  tempDataDir,
} from "../integration/support/hubProcess";
import { waitForRole } from "../integration/support/siteHubs";
import {
  type NatsCluster,
  type NatsLeaf,
  requireNatsServer,
  startNatsCluster,
  startNatsLeaf,
} from "../support/natsCluster";
import { expect, signInAsDutyOfficer, test } from "./support/fixtures";

/** The mirror calls the link cut after 5 s without a heartbeat; the console is told within the next second. */
const CUT_SHOWN_MS = 12_000;
/** After the link heals the leaf reconnects (about every second) and the mirror catches up. */
const CAUGHT_UP_MS = 60_000;
/** Day 4 mid-morning at the venue: the studio's rooms have sessions on. */
const VENUE_TIME = "2021-11-11T10:15:00+08:00";
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** Posts a command to a hub as the duty officer and expects it taken. */
async function command(hubUrl: string, body: Record<string, unknown>): Promise<void> {
  const { status, body: answer } = await postCommand(hubUrl, body);
  expect(status, JSON.stringify(answer)).toBeLessThan(300);
}

/** Where each of the panel's parts sits on screen, to show that changing values move nothing. */
async function boxes(locators: Locator[]): Promise<string> {
  const all = await Promise.all(locators.map((l) => l.boundingBox()));
  return JSON.stringify(all);
}

/** The whole console and the panel alone, at each size in both languages, attached to the test. */
async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const switcher = page.getByTestId("lang-switch");
  for (const locale of ["en", "zh-CN"] as const) {
    if ((await switcher.getAttribute("data-locale")) !== locale) await switcher.click();
    await expect(switcher).toHaveAttribute("data-locale", locale);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const file = `${name}-${locale}-${size.width}x${size.height}`;
      await page.screenshot({ path: testInfo.outputPath(`${file}.png`) });
      await page.getByTestId("other-sites").screenshot({ path: testInfo.outputPath(`${file}-panel.png`) });
      for (const shot of [`${file}.png`, `${file}-panel.png`])
        await testInfo.attach(shot, { path: testInfo.outputPath(shot), contentType: "image/png" });
    }
  }
  await switcher.click();
  await expect(switcher).toHaveAttribute("data-locale", "en");
  await page.setViewportSize(SIZES[0]);
}

test.describe("two sites: the main control room watches the studio", () => {
  test.describe.configure({ timeout: 180_000 });
  // Only what the console itself sends reaches the hubs: no operator headers from the test configuration.
  test.use({ extraHTTPHeaders: {} });

  let cluster: NatsCluster | null = null;
  let leaf: NatsLeaf | null = null;
  const hubs: HubProcess[] = [];
  const dataDirs: string[] = [];

  const startHub = async (args: string[]): Promise<HubProcess> => {
    const dataDir = tempDataDir("venue-ops-e2e-sites-");
    dataDirs.push(dataDir);
    const hub = await startHubProcess(dataDir, args);
    hubs.push(hub);
    return hub;
  };

  test.afterAll(async () => {
    await Promise.all(hubs.map((h) => h.kill().catch(() => undefined)));
    await leaf?.close();
    await cluster?.close();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  test("the studio's link, rooms and changes show in the main console, through a cut link and back", async ({
    page,
  }, testInfo) => {
    requireNatsServer();
    cluster = await startNatsCluster({ nodes: 3 });
    leaf = await startNatsLeaf({ hubCluster: cluster, jetStreamDomain: "studio", name: "studio" });
    const main = await startHub(["--journal", cluster.url, "--hub-id", "main-a", "--remote-site", "studio"]);
    const studio = await startHub(["--journal", leaf.url, "--site", "studio", "--hub-id", "studio-a"]);
    await waitForRole(main.url, "primary", 30_000);
    await waitForRole(studio.url, "primary", 30_000);
    // Both sites at the same venue moment, so the studio's rooms have their sessions on.
    for (const hub of [main, studio])
      await command(hub.url, { type: "clock.set", mode: "rehearsal", venueTime: VENUE_TIME, paused: true });

    await page.goto(`${main.url}/`);
    await signInAsDutyOfficer(page);
    await expect(page.getByTestId("floor-plan")).toBeVisible();

    const panel = page.getByTestId("site-studio");
    const link = page.getByTestId("site-link-studio");
    const room = page.getByTestId("site-room-studio-studio-a");
    await expect(link).toHaveAttribute("data-state", "live", { timeout: 30_000 });
    await expect(link).toContainText("Link live");
    await expect(page.getByTestId("site-heard-studio")).toContainText("Last heard");
    await expect(panel.getByTestId("site-room-studio-plenary")).toContainText("Plenary Hall");
    await expect(room).toContainText("Broadcast Studio A");
    await expect(room).toContainText("Science, technology");
    await expect(page.getByTestId("site-stale-studio")).toHaveCount(0);
    // The devices line reads ok/total.
    await expect(page.getByTestId("site-devices-ok-studio")).toHaveText(/^\d+\/\d+ OK$/);
    // Read-only: nothing in the panel sends a command.
    await expect(panel.locator("button, input, select, a[href]")).toHaveCount(0);

    const parts = [panel, link, room, page.getByTestId("timeline"), page.getByTestId("now-next")];
    const before = await boxes(parts);

    // A change at the studio, made through the studio's own hub, reaches the main console.
    await command(studio.url, { type: "room.setIssue", roomId: "studio-a", issue: "camera 2 framing" });
    await expect(room).toHaveAttribute("data-issue", "camera 2 framing");
    await expect(room).toContainText("camera 2 framing");
    expect(await boxes(parts)).toBe(before);
    await shoot(page, testInfo, "sites-live");

    // The link drops: the main console says so, and keeps the studio's last picture, marked stale.
    leaf.cutLink();
    await expect(link).toHaveAttribute("data-state", "cut", { timeout: CUT_SHOWN_MS });
    await expect(link).toContainText("Link cut");
    await expect(panel).toHaveAttribute("data-link", "cut");
    await expect(page.getByTestId("site-stale-studio")).toContainText("may be out of date");
    expect(await boxes(parts)).toBe(before);
    // The studio goes on working meanwhile; the main console cannot know yet.
    await command(studio.url, { type: "room.setIssue", roomId: "studio-a", issue: "during the cut" });
    await expect(room).toHaveAttribute("data-issue", "camera 2 framing");
    await shoot(page, testInfo, "sites-cut");

    // Healed: live again, with what the studio did during the cut.
    leaf.healLink();
    await expect(room).toHaveAttribute("data-issue", "during the cut", { timeout: CAUGHT_UP_MS });
    await expect(link).toHaveAttribute("data-state", "live", { timeout: CAUGHT_UP_MS });
    await expect(page.getByTestId("site-stale-studio")).toHaveCount(0);
    await expect(panel).toHaveAttribute("data-link", "live");
    expect(await boxes(parts)).toBe(before);
  });
});
