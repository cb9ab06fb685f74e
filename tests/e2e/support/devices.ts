import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";
import { expect, openConsole } from "./fixtures";

/** A device as GET /api/devices reports it, as far as the tests read it. */
export interface ApiDevice {
  id: string;
  kind: string;
  roomId?: string;
  boothId?: string;
  status: string;
  connected: boolean;
}

export const DEVICE_PAGE_VIEWPORT = { width: 1024, height: 768 };

export async function listDevices(request: APIRequestContext): Promise<Record<string, ApiDevice>> {
  const response = await request.get("/api/devices");
  expect(response.ok()).toBe(true);
  return (await response.json()) as Record<string, ApiDevice>;
}

/** Opens the console on its Devices view (with the D key, as an operator would). */
export async function openDevicesView(page: Page, locale: "en" | "zh-CN" = "en"): Promise<void> {
  await openConsole(page, locale);
  await page.keyboard.press("d");
  await expect(page.getByTestId("devices-table")).toBeVisible();
}

/** Opens a device's drawer from its row in the Devices view. */
export async function openDeviceDrawer(page: Page, deviceId: string) {
  await page.getByTestId(`device-row-${deviceId}`).click();
  const drawer = page.getByTestId("device-drawer");
  await expect(drawer).toHaveAttribute("data-id", deviceId);
  return drawer;
}

/** Issues a new link from the open drawer, confirming that it revokes the old one; returns its address. */
export async function issueLinkInDrawer(page: Page): Promise<string> {
  const drawer = page.getByTestId("device-drawer");
  await drawer.getByTestId("device-issue-link").click();
  await drawer.getByTestId("device-issue-confirm").click();
  const url = drawer.getByTestId("device-link-url");
  await expect(url).toHaveValue(/#token=/);
  return url.inputValue();
}

/** Issues a link over the HTTP API, for tests about the device page itself. */
export async function issueLinkByApi(
  request: APIRequestContext,
  deviceId: string,
  kind: string,
): Promise<string> {
  const response = await request.post(`/api/devices/${deviceId}/token`, { data: {} });
  expect(response.ok(), await response.text()).toBe(true);
  const { token } = (await response.json()) as { token: string };
  return `/device/${kind}?id=${deviceId}#token=${encodeURIComponent(token)}`;
}

/** Opens a device page at tablet size in its own tab and waits until the hub has welcomed it. */
export async function openDevicePage(
  context: BrowserContext,
  url: string,
  locale: "en" | "zh-CN" = "en",
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(DEVICE_PAGE_VIEWPORT);
  await page.addInitScript((value) => {
    (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem(
      "venue-ops.locale",
      value,
    );
  }, locale);
  await page.goto(url);
  await expect(page.getByTestId("device-link-state")).toHaveAttribute("data-state", "connected");
  return page;
}
