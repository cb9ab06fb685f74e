import { rmSync, writeFileSync } from "node:fs";
import type { Page, TestInfo } from "@playwright/test";
import { type HubProcess, startHubProcess, tempDataDir } from "../integration/support/hubProcess";
import { waitForRole } from "../integration/support/siteHubs";
import { type NatsCluster, requireNatsServer, startNatsCluster } from "../support/natsCluster";
import { E2E_OPERATOR, expect, signInAsDutyOfficer, test } from "./support/fixtures";

/** From the primary's death to the console working on the new primary, on a slow machine included. */
const MOVE_LIMIT_MS = 15_000;
/** The first health answer comes with the console's first welcome; a slow machine may take a while. */
const HEALTH_LIMIT_MS = 20_000;

/** The site's hub list the console keeps for the browser session (per origin). */
function knownHubs(page: Page): Promise<string> {
  // Runs in the page; typed by hand because the test project is compiled without the DOM library.
  return page.evaluate(() => {
    const { sessionStorage } = globalThis as unknown as {
      sessionStorage: { getItem(k: string): string | null };
    };
    return sessionStorage.getItem("venue-ops.site-hubs") ?? "";
  });
}

/** Collects what the page logs, its navigations, sockets and health checks, for the test's attachments. */
function recordConsole(page: Page): string[] {
  const lines: string[] = [];
  page.on("console", (message) =>
    lines.push(`${new Date().toISOString()} [${message.type()}] ${message.text()}`),
  );
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) lines.push(`${new Date().toISOString()} [navigated] ${frame.url()}`);
  });
  page.on("requestfailed", (request) =>
    lines.push(
      `${new Date().toISOString()} [request failed] ${request.url()} ${request.failure()?.errorText ?? ""}`,
    ),
  );
  page.on("response", (response) => {
    if (response.url().includes("/api/health"))
      lines.push(`${new Date().toISOString()} [health] ${response.url()} ${response.status()}`);
  });
  page.on("websocket", (ws) => {
    lines.push(`${new Date().toISOString()} [socket] ${ws.url()}`);
    ws.on("close", () => lines.push(`${new Date().toISOString()} [socket closed] ${ws.url()}`));
  });
  return lines;
}

async function attachPageLog(testInfo: TestInfo, name: string, lines: string[]): Promise<void> {
  const path = testInfo.outputPath(name);
  writeFileSync(path, lines.join("\n"));
  await testInfo.attach(name, { path, contentType: "text/plain" });
}

test.describe("hot standby: the console follows the site's primary", () => {
  // The second test starts from where the first left the site (hub-b primary, hub-a dead).
  test.describe.configure({ mode: "serial", timeout: 180_000 });
  // Only what the console itself sends reaches the hubs: no operator headers from the test configuration.
  test.use({ extraHTTPHeaders: {} });

  let cluster: NatsCluster | null = null;
  const hubs = new Map<string, HubProcess>();
  const dataDirs: string[] = [];

  const startSiteHub = async (hubId: string): Promise<HubProcess> => {
    if (!cluster) throw new Error("the NATS cluster is not running");
    const dataDir = tempDataDir("venue-ops-e2e-site-");
    dataDirs.push(dataDir);
    // The bundled event on the wall clock, without simulated devices: the rooms hold still for the test.
    const hub = await startHubProcess(dataDir, ["--journal", cluster.url, "--hub-id", hubId]);
    hubs.set(hubId, hub);
    return hub;
  };
  const hub = (hubId: string): HubProcess => {
    const found = hubs.get(hubId);
    if (!found) throw new Error(`${hubId} was not started`);
    return found;
  };

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    requireNatsServer();
    cluster = await startNatsCluster({ nodes: 3 });
    const a = await startSiteHub("hub-a");
    await waitForRole(a.url, "primary", 30_000);
  });

  test.afterAll(async () => {
    await Promise.all([...hubs.values()].map((h) => h.kill().catch(() => undefined)));
    await cluster?.close();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  test("when the primary is killed, the console moves to the new primary, signed in, on the same view", async ({
    page,
  }, testInfo) => {
    const logs = recordConsole(page);
    try {
      const a = hub("hub-a");
      await page.goto(`${a.url}/`);
      await signInAsDutyOfficer(page);
      await expect(page.getByTestId("floor-plan")).toBeVisible();
      const link = page.getByTestId("link-state");
      await expect(link).toHaveAttribute("data-state", "connected");
      const badge = page.getByTestId("site-role");
      await expect(badge).toHaveAttribute("data-role", "primary", { timeout: HEALTH_LIMIT_MS });
      await expect(badge).toHaveAttribute("data-hub", "hub-a");
      await expect(badge).toContainText("Primary");
      await expect(badge).toContainText("hub-a");
      // The standby joins after the page has loaded: the console must still be able to reach it.
      const b = await startSiteHub("hub-b");
      await waitForRole(b.url, "standby", 30_000);
      const bOrigin = new URL(b.url).origin;
      await expect.poll(() => knownHubs(page), { timeout: HEALTH_LIMIT_MS }).toContain("hub-b");
      await expect(page.getByTestId("operator-name")).toHaveText(E2E_OPERATOR.name);

      const killedAt = Date.now();
      await a.kill();
      await page.waitForURL((url) => url.origin === bOrigin, { timeout: MOVE_LIMIT_MS });
      const movedMs = Date.now() - killedAt;
      await expect(link).toHaveAttribute("data-state", "connected", {
        timeout: Math.max(1_000, MOVE_LIMIT_MS - (Date.now() - killedAt)),
      });
      const connectedMs = Date.now() - killedAt;
      console.log(`hot standby: console on hub-b after ${movedMs} ms, connected after ${connectedMs} ms`);

      // The new primary, said by the hub the page now comes from.
      await expect(badge).toHaveAttribute("data-role", "primary", { timeout: HEALTH_LIMIT_MS });
      await expect(badge).toHaveAttribute("data-hub", "hub-b");
      await expect(badge).toContainText("hub-b");
      // Still signed in (the address carried it; it is gone from the address now), on the same view.
      await expect(page.getByTestId("signin-dialog")).toBeHidden();
      await expect(page.getByTestId("operator-name")).toHaveText(E2E_OPERATOR.name);
      await expect(page.getByTestId("operator-role")).toHaveText("Duty officer");
      const moved = new URL(page.url());
      expect(moved.pathname).toBe("/");
      expect(moved.search).toBe("");
      expect(moved.hash).not.toContain("handover");
      await expect(page.getByTestId("floor-plan")).toBeVisible();
      await expect(page.getByTestId("timeline")).toBeVisible();

      // A command from the moved console is taken by the new primary.
      const room = page.getByTestId("room-registration");
      await room.click();
      const panel = page.getByTestId("detail-panel");
      await expect(panel).toHaveAttribute("data-id", "registration");
      const move = panel.locator('[data-testid^="room-move-"]').first();
      const to = ((await move.getAttribute("data-testid")) ?? "").replace("room-move-", "");
      expect(to).not.toBe("");
      await move.click();
      await expect(room).toHaveAttribute("data-status", to);
      await expect(panel.getByTestId("detail-room-status")).toBeVisible();
      await expect
        .poll(async () => {
          const state = (await (await fetch(`${b.url}/api/state`)).json()) as {
            rooms: Record<string, { status: string }>;
          };
          return state.rooms.registration?.status;
        })
        .toBe(to);
    } finally {
      await attachPageLog(testInfo, "page-console.txt", logs);
    }
  });

  test("a popped-out view moves with its address to the next primary", async ({ page }, testInfo) => {
    const logs = recordConsole(page);
    try {
      const b = hub("hub-b");
      await waitForRole(b.url, "primary", 30_000);
      const c = await startSiteHub("hub-c");
      await waitForRole(c.url, "standby", 30_000);
      const cOrigin = new URL(c.url).origin;
      // The primary names the new standby before the page asks it.
      await expect
        .poll(
          async () =>
            JSON.stringify(((await (await fetch(`${b.url}/api/health`)).json()) as { hub: unknown }).hub),
          {
            timeout: HEALTH_LIMIT_MS,
          },
        )
        .toContain("hub-c");

      await page.goto(`${b.url}/?view=plan&solo=1`);
      await signInAsDutyOfficer(page);
      const solo = page.getByTestId("solo-view");
      await expect(solo).toHaveAttribute("data-view", "plan");
      await expect(page.getByTestId("floor-plan")).toBeVisible();
      const link = page.getByTestId("link-state");
      await expect(link).toHaveAttribute("data-state", "connected");
      await expect.poll(() => knownHubs(page), { timeout: HEALTH_LIMIT_MS }).toContain("hub-c");

      const killedAt = Date.now();
      await b.kill();
      await page.waitForURL((url) => url.origin === cOrigin, { timeout: MOVE_LIMIT_MS });
      const movedMs = Date.now() - killedAt;
      await expect(link).toHaveAttribute("data-state", "connected", {
        timeout: Math.max(1_000, MOVE_LIMIT_MS - (Date.now() - killedAt)),
      });
      console.log(
        `hot standby: popped-out view on hub-c after ${movedMs} ms, connected after ${Date.now() - killedAt} ms`,
      );

      const moved = new URL(page.url());
      expect(moved.pathname).toBe("/");
      expect(moved.search).toBe("?view=plan&solo=1");
      expect(moved.hash).not.toContain("handover");
      await expect(solo).toHaveAttribute("data-view", "plan");
      await expect(page.getByTestId("floor-plan")).toBeVisible();
      await expect(page.getByTestId("solo-hub")).toHaveText(new URL(c.url).host);
      await expect(page.getByTestId("signin-dialog")).toBeHidden();
      await expect
        .poll(() =>
          page.evaluate(() => {
            const { localStorage } = globalThis as unknown as {
              localStorage: { getItem(k: string): string | null };
            };
            return localStorage.getItem("venue-ops.operator") ?? "";
          }),
        )
        .toContain(E2E_OPERATOR.name);
    } finally {
      await attachPageLog(testInfo, "page-console.txt", logs);
    }
  });
});
