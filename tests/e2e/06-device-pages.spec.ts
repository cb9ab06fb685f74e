import {
  issueLinkByApi,
  issueLinkInDrawer,
  openDeviceDrawer,
  openDevicePage,
  openDevicesView,
} from "./support/devices";
import { expect, test } from "./support/fixtures";

interface Session {
  id: string;
  roomId: string;
  start: string;
  title: Record<string, string>;
}

test.describe("device pages", () => {
  test("a stage timer opened from its new link connects and shows the console's message", async ({
    page,
    context,
  }) => {
    await openDevicesView(page);
    const drawer = await openDeviceDrawer(page, "plenary-stage-timer");
    const url = await issueLinkInDrawer(page);

    const timer = await openDevicePage(context, url);
    // The secret leaves the address bar at once; the page keeps it for reconnects.
    expect(timer.url()).not.toContain("token=");
    await expect(timer.getByTestId("device-page")).toHaveAttribute("data-kind", "stage-timer");

    await expect(drawer).toHaveAttribute("data-connected", "true");
    await expect(page.getByTestId("device-row-plenary-stage-timer")).toContainText("device-page 1");
    await expect(drawer.getByTestId("device-state-mode")).toBeVisible();

    await drawer.getByTestId("device-command-name").selectOption("show-message");
    await drawer.getByTestId("device-arg-text").fill("Please wrap up");
    await drawer.getByTestId("device-arg-blink").check();
    await drawer.getByTestId("device-command-send").click();
    await expect(drawer.getByTestId("device-command-result")).toHaveAttribute("data-outcome", "ok");

    const message = timer.getByTestId("timer-message");
    await expect(message).toContainText("Please wrap up");
    await expect(message).toHaveAttribute("data-blinking", "true");
    await expect(drawer.getByTestId("device-state-message")).toContainText("Please wrap up");
    // The speaker confirms: the console sees the event.
    await message.click();
    await expect(drawer.locator('[data-testid="device-event"][data-name="message-seen"]')).toBeVisible();

    await drawer.getByTestId("device-command-name").selectOption("clear-message");
    await drawer.getByTestId("device-command-send").click();
    await expect(message).toBeHidden();
  });

  // Door, booth and kiosk pages take over devices outside the plenary, which other specs drive through
  // its simulated devices (a new link stops the simulator's connection for that device).
  test("a door panel shows its room and the next session", async ({ context, request }) => {
    const url = await issueLinkByApi(request, "meeting-1-door-panel", "door-panel");
    const door = await openDevicePage(context, url);
    await expect(door.getByTestId("door-room-name")).toHaveText("Meeting Room 1");
    await expect(door.getByTestId("door-status")).toBeVisible();

    const health = (await (await request.get("/api/health")).json()) as { clock: { venueTime: string } };
    const state = (await (await request.get("/api/state")).json()) as { event: { sessions: Session[] } };
    const now = Date.parse(health.clock.venueTime);
    const next = state.event.sessions
      .filter((s) => s.roomId === "meeting-1" && Date.parse(s.start) > now)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
    const nextBlock = door.getByTestId("door-next");
    if (next) {
      await expect(nextBlock).toHaveAttribute("data-session-id", next.id);
      await expect(nextBlock).toContainText(next.title.en ?? "");
    } else await expect(nextBlock).toContainText("Nothing else scheduled");

    await door.getByTestId("lang-switch").click();
    await expect(door.getByTestId("door-room-name")).toHaveText("第一会议室");
  });

  test("Help on a booth tablet shows as a device event in the console, and the answer comes back", async ({
    page,
    context,
  }) => {
    await openDevicesView(page);
    const drawer = await openDeviceDrawer(page, "meeting-1-en-console");
    const booth = await openDevicePage(context, await issueLinkInDrawer(page));

    // The turn is the hub's: no session runs in this room now, so nobody is on the microphone.
    await expect(booth.getByTestId("booth-team")).toHaveAttribute("data-from-hub", "true");
    await expect(booth.getByTestId("booth-on-mic")).toHaveText("Nobody");
    await expect(booth.getByTestId("booth-handover")).toBeDisabled();
    await booth.getByTestId("booth-help").click();
    await expect(booth.getByTestId("booth-feedback")).toHaveText("Help requested.");
    await expect(drawer.locator('[data-testid="device-event"][data-name="help-request"]')).toBeVisible();
    await expect(drawer.getByTestId("device-state-occupied").locator("td")).toHaveText("false");

    await drawer.getByTestId("device-command-name").selectOption("acknowledge-request");
    await drawer.getByTestId("device-arg-request").selectOption("help-request");
    await drawer.getByTestId("device-command-send").click();
    await expect(drawer.getByTestId("device-command-result")).toHaveAttribute("data-outcome", "ok");
    await expect(booth.getByTestId("device-notice")).toHaveText(/Technician on the way/);
  });

  test("a speaker checks in at the kiosk and the console sees it", async ({ page, context }) => {
    await openDevicesView(page);
    const drawer = await openDeviceDrawer(page, "registration-kiosk-1");
    const kiosk = await openDevicePage(context, await issueLinkInDrawer(page));

    await kiosk.getByTestId("kiosk-search").fill("nairobi");
    await kiosk.getByTestId("kiosk-result-nicholas-you").click();
    await expect(kiosk.getByTestId("kiosk-chosen")).toContainText("Nicholas You");
    await kiosk.getByTestId("kiosk-checkin").click();
    await expect(kiosk.getByTestId("kiosk-confirmation")).toContainText("Welcome, Nicholas You");

    const event = drawer.locator('[data-testid="device-event"][data-name="check-in"]');
    await expect(event).toBeVisible();
    await expect(event).toContainText("personId: nicholas-you");
  });

  test("a screen whose link is revoked or taken over stops and says why", async ({ context, request }) => {
    const url = await issueLinkByApi(request, "registration-kiosk-2", "checkin-kiosk");
    const first = await openDevicePage(context, url);
    // The same link opened again (a second tab, a swapped tablet) replaces the first connection.
    const second = await openDevicePage(context, url);
    await expect(first.getByTestId("device-replaced")).toContainText("Replaced by another connection");
    await expect(first.getByTestId("device-link-state")).toHaveAttribute("data-state", "replaced");

    const revoked = await request.delete("/api/devices/registration-kiosk-2/token");
    expect(revoked.ok()).toBe(true);
    await expect(second.getByTestId("device-unprovisioned")).toContainText(
      "not provisioned or its link was revoked — ask the control room for a new link",
    );
    await expect(second.getByTestId("device-link-state")).toHaveAttribute("data-state", "unprovisioned");

    const unknown = await context.newPage();
    await unknown.goto("/device/stage-timer?id=plenary-lectern-timer#token=not-a-token");
    await expect(unknown.getByTestId("device-unprovisioned")).toBeVisible();
  });
});
