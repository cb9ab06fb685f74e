import { rmSync, writeFileSync } from "node:fs";
import type { APIRequestContext, Page } from "@playwright/test";
import { type HubProcess, startHubProcess, tempDataDir } from "../integration/support/hubProcess";
import { waitForRole } from "../integration/support/siteHubs";
import { type NatsCluster, requireNatsServer, startNatsCluster } from "../support/natsCluster";
import { type ApiDevice, issueLinkByApi, openDevicePage } from "./support/devices";
import { E2E_OPERATOR, expect, test } from "./support/fixtures";

const DEVICE_ID = "plenary-stage-timer";
/** From the primary's death to the device page working on the new primary, on a slow machine included. */
const MOVE_LIMIT_MS = 15_000;

/** The site's hub list the device page keeps for the browser session (per origin). */
function knownHubs(page: Page): Promise<string> {
  // Runs in the page; typed by hand because the test project is compiled without the DOM library.
  return page.evaluate(() => {
    const { sessionStorage } = globalThis as unknown as {
      sessionStorage: { getItem(k: string): string | null };
    };
    return sessionStorage.getItem("venue-ops.site-hubs") ?? "";
  });
}

/** Whether a hub holds the device's link right now (the gateway's own view, not the journal's). */
async function connectedOn(hubUrl: string): Promise<boolean> {
  const answer = await fetch(`${hubUrl}/api/devices`).catch(() => null);
  if (!answer?.ok) return false;
  const devices = (await answer.json()) as Record<string, ApiDevice>;
  return devices[DEVICE_ID]?.connected === true;
}

test.describe("hot standby: a device page follows the site's primary", () => {
  test.describe.configure({ timeout: 180_000 });
  // Only what the device page itself sends reaches the hubs: no operator headers from the configuration.
  test.use({ extraHTTPHeaders: {} });

  let cluster: NatsCluster | null = null;
  const hubs: HubProcess[] = [];
  const dataDirs: string[] = [];

  const startSiteHub = async (hubId: string): Promise<HubProcess> => {
    if (!cluster) throw new Error("the NATS cluster is not running");
    const dataDir = tempDataDir("venue-ops-e2e-site-");
    dataDirs.push(dataDir);
    // The bundled event without simulated devices: nothing else holds the stage timer's link.
    const hub = await startHubProcess(dataDir, ["--journal", cluster.url, "--hub-id", hubId]);
    hubs.push(hub);
    return hub;
  };

  test.afterAll(async () => {
    await Promise.all(hubs.map((h) => h.kill().catch(() => undefined)));
    await cluster?.close();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  test("when the primary is killed, a stage timer moves to the new primary with its token and takes commands there", async ({
    context,
    playwright,
  }, testInfo) => {
    requireNatsServer();
    cluster = await startNatsCluster({ nodes: 3 });
    const a = await startSiteHub("hub-a");
    await waitForRole(a.url, "primary", 30_000);
    const b = await startSiteHub("hub-b");
    await waitForRole(b.url, "standby", 30_000);
    const bOrigin = new URL(b.url).origin;

    // The link is issued by the primary as the console would, as the duty officer.
    const api: APIRequestContext = await playwright.request.newContext({
      baseURL: a.url,
      extraHTTPHeaders: { "x-operator": E2E_OPERATOR.name, "x-role": E2E_OPERATOR.role },
    });
    const link = await issueLinkByApi(api, DEVICE_ID, "stage-timer").finally(() => api.dispose());

    const logs: string[] = [];
    const log = (line: string) => logs.push(`${new Date().toISOString()} ${line}`);
    context.on("page", (page) => {
      page.on("console", (message) => log(`[${message.type()}] ${message.text()}`));
      page.on("framenavigated", (frame) => {
        // The token stays out of the attachment.
        if (frame === page.mainFrame()) log(`[navigated] ${frame.url().replace(/token=[^&]*/, "token=…")}`);
      });
    });
    try {
      const timer = await openDevicePage(context, `${a.url}${link}`);
      await expect(timer.getByTestId("device-page")).toHaveAttribute("data-kind", "stage-timer");
      expect(timer.url()).not.toContain("token=");
      await expect.poll(() => connectedOn(a.url)).toBe(true);
      expect(await connectedOn(b.url)).toBe(false);
      // Learnt from the hub's health after the welcome: where to look when this hub stops.
      await expect.poll(() => knownHubs(timer)).toContain("hub-b");

      const killedAt = Date.now();
      await a.kill();
      await timer.waitForURL((url) => url.origin === bOrigin, { timeout: MOVE_LIMIT_MS });
      const movedMs = Date.now() - killedAt;
      await expect(timer.getByTestId("device-link-state")).toHaveAttribute("data-state", "connected", {
        timeout: Math.max(1_000, MOVE_LIMIT_MS - (Date.now() - killedAt)),
      });
      const connectedMs = Date.now() - killedAt;
      console.log(`hot standby: stage timer on hub-b after ${movedMs} ms, connected after ${connectedMs} ms`);

      // The same page and device; the token came along and the new primary took it.
      const moved = new URL(timer.url());
      expect(moved.pathname).toBe("/device/stage-timer");
      expect(moved.search).toBe(`?id=${DEVICE_ID}`);
      expect(moved.hash).not.toContain("token=");
      await expect(timer.getByTestId("device-page")).toHaveAttribute("data-kind", "stage-timer");
      await expect.poll(() => connectedOn(b.url)).toBe(true);

      // A message sent through the new primary reaches the screen.
      const sent = await fetch(`${b.url}/api/devices/${DEVICE_ID}/commands`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-operator": E2E_OPERATOR.name,
          "x-role": E2E_OPERATOR.role,
        },
        body: JSON.stringify({ name: "show-message", args: { text: "Two minutes left" } }),
      });
      expect(sent.status, await sent.text()).toBe(200);
      await expect(timer.getByTestId("timer-message")).toContainText("Two minutes left");
    } finally {
      const path = testInfo.outputPath("device-page-console.txt");
      writeFileSync(path, logs.join("\n"));
      await testInfo.attach("device-page-console.txt", { path, contentType: "text/plain" });
    }
  });
});
