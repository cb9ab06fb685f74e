import type { WebSocketRoute } from "@playwright/test";
import { expect, test } from "./support/fixtures";

test.describe("hub link", () => {
  test("shows stale and offline while the socket is blocked, then resumes from its last seq", async ({
    page,
  }) => {
    let blocked = false;
    const open: WebSocketRoute[] = [];
    const hellos: { since?: number }[] = [];

    // Every console socket goes through this proxy, so the test can cut and restore the link.
    await page.routeWebSocket(/\/console$/, (ws) => {
      if (blocked) {
        void ws.close({ code: 1011, reason: "blocked by test" });
        return;
      }
      const server = ws.connectToServer();
      ws.onMessage((message) => {
        const parsed = JSON.parse(String(message)) as { type: string; since?: number };
        if (parsed.type === "hello") hellos.push(parsed);
        server.send(message);
      });
      open.push(ws);
    });

    await page.goto("/");
    const link = page.getByTestId("link-state");
    await expect(link).toHaveAttribute("data-state", "connected");
    await expect(page.getByTestId("stale-banner")).toBeHidden();
    expect(hellos[0]?.since).toBeUndefined();

    blocked = true;
    for (const ws of open.splice(0)) await ws.close({ code: 1012, reason: "cut by test" });

    await expect(link).toHaveAttribute("data-state", /reconnecting|offline/);
    await expect(link).toHaveAttribute("data-stale", "true");
    await expect(page.getByTestId("stale-banner")).toBeVisible();
    await expect(page.locator(".plan-panel")).toHaveAttribute("data-stale", "true");
    // The last data stays on screen, marked stale rather than removed.
    await expect(page.getByTestId("floor-plan")).toBeVisible();
    await expect(link).toHaveAttribute("data-state", "offline", { timeout: 20_000 });

    blocked = false;
    await expect(link).toHaveAttribute("data-state", "connected", { timeout: 20_000 });
    await expect(page.getByTestId("stale-banner")).toBeHidden();
    const resumed = hellos.at(-1);
    expect(typeof resumed?.since).toBe("number");
    expect(resumed?.since).toBeGreaterThan(0);
  });
});
