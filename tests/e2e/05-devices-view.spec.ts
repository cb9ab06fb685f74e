import { listDevices, openDeviceDrawer, openDevicesView } from "./support/devices";
import { expect, test } from "./support/fixtures";

const STATUS_WORDS: Record<string, string> = {
  ok: "OK",
  warning: "Warning",
  fault: "Fault",
  offline: "Offline",
  initializing: "Starting",
  missing: "Missing",
};

test.describe("devices view", () => {
  test("lists every device of the event by room, with its status; O and D switch views", async ({
    page,
    request,
  }) => {
    const devices = await listDevices(request);
    const total = Object.keys(devices).length;
    expect(total).toBeGreaterThan(40);
    await openDevicesView(page);
    await expect(page.getByTestId("view-devices")).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator('[data-testid^="device-row-"]')).toHaveCount(total);
    await expect(page.getByTestId("devices-count")).toHaveText(`${total} of ${total} devices`);

    for (const id of ["plenary-encoder", "plenary-en-console", "registration-kiosk-2", "press-door-panel"]) {
      const row = page.getByTestId(`device-row-${id}`);
      const status = (await row.getAttribute("data-status")) ?? "";
      expect(Object.keys(STATUS_WORDS)).toContain(status);
      await expect(row).toContainText(STATUS_WORDS[status] ?? "?");
      await expect(row.getByTestId("device-provisioned")).toHaveText(/Yes|No/);
    }
    // Booth devices sit under their booth's room.
    const plenary = page.getByTestId("devices-group-plenary");
    await expect(plenary.getByTestId("device-row-plenary-en-console")).toContainText("English booth");

    await page.keyboard.press("o");
    await expect(page.getByTestId("overview")).toBeVisible();
    await page.getByTestId("view-devices").click();
    await expect(page.getByTestId("devices-table")).toBeVisible();
    await page.keyboard.press("?");
    await expect(page.getByTestId("help-overlay")).toContainText("Show the on-site devices");
  });

  test("filters by kind, status and text", async ({ page, request }) => {
    const devices = Object.values(await listDevices(request));
    await openDevicesView(page);
    const rows = page.locator('[data-testid^="device-row-"]');

    await page.getByTestId("devices-filter-kind").selectOption("door-panel");
    await expect(rows).toHaveCount(devices.filter((d) => d.kind === "door-panel").length);
    for (const row of await rows.all()) await expect(row).toHaveAttribute("data-kind", "door-panel");

    await page.getByTestId("devices-filter-text").fill("plenary");
    await expect(rows).toHaveCount(1);
    await expect(page.getByTestId("device-row-plenary-door-panel")).toBeVisible();

    // Room names match in either language.
    await page.getByTestId("devices-filter-kind").selectOption("all");
    await page.getByTestId("devices-filter-text").fill("新闻中心");
    await expect(rows).toHaveCount(
      devices.filter((d) => d.roomId === "press" || d.boothId?.startsWith("press")).length,
    );

    await page.getByTestId("devices-filter-clear").click();
    await page.getByTestId("devices-filter-status").selectOption("ok");
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) await expect(row).toHaveAttribute("data-status", "ok");

    await page.getByTestId("devices-filter-text").fill("no such device");
    await expect(page.getByTestId("devices-empty")).toBeVisible();
    await page.getByTestId("devices-filter-clear").click();
    await expect(rows).toHaveCount(devices.length);
  });

  test("issues a link with its QR code and sends a command, showing the ack or why not", async ({ page }) => {
    await openDevicesView(page);
    const drawer = await openDeviceDrawer(page, "plenary-stage-timer");

    await drawer.getByTestId("device-issue-link").click();
    await expect(drawer.getByRole("alertdialog")).toContainText("revokes the current one");
    await drawer.getByTestId("device-issue-confirm").click();
    await expect(drawer.getByTestId("device-link-url")).toHaveValue(
      /\/device\/stage-timer\?id=plenary-stage-timer#token=[^&\s]+$/,
    );
    await expect(drawer.getByTestId("device-link-qr")).toHaveAttribute("src", /^data:image\/png;base64,/);
    await expect(
      page.getByTestId("device-row-plenary-stage-timer").getByTestId("device-provisioned"),
    ).toHaveText("Yes");
    // The new link revoked the simulator's connection: the timer is off the air until a screen uses it.
    await expect(drawer).toHaveAttribute("data-connected", "false");
    await drawer.getByTestId("device-command-name").selectOption("show-message");
    await drawer.getByTestId("device-arg-text").fill("Five minutes");
    await drawer.getByTestId("device-command-send").click();
    await expect(drawer.getByTestId("device-command-result")).toHaveAttribute(
      "data-outcome",
      "not-connected",
    );

    // A timer that is connected acknowledges, and reports the message back.
    const other = await openDeviceDrawer(page, "meeting-1-stage-timer");
    await other.getByTestId("device-command-name").selectOption("show-message");
    await other.getByTestId("device-command-send").click();
    await expect(other.getByTestId("device-command-result")).toHaveAttribute("data-outcome", "invalid");
    await other.getByTestId("device-arg-text").fill("Two more questions");
    await other.getByTestId("device-arg-blink").check();
    await other.getByTestId("device-command-send").click();
    const result = other.getByTestId("device-command-result");
    await expect(result).toHaveAttribute("data-outcome", "ok");
    await expect(result).toHaveText("Acknowledged by the device.");
    await expect(other.getByTestId("device-state-message")).toContainText("Two more questions");
    await other.getByTestId("device-command-name").selectOption("clear-message");
    await other.getByTestId("device-command-send").click();
    await expect(result).toHaveAttribute("data-outcome", "ok");

    await page.keyboard.press("Escape");
    await expect(page.getByTestId("device-drawer")).toBeHidden();
  });
});
