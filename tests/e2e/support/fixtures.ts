import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  test as base,
  expect,
  type Page,
} from "@playwright/test";

/** The hub's shape as /api/state reports it, as far as the tests read it. */
export interface ApiState {
  seq: number;
  event: {
    event: { days: string[]; timeZone: string };
    venue: {
      floors: { id: string; level: number }[];
      rooms: { id: string; floorId: string; name: Record<string, string> }[];
    };
    sessions: { id: string; kind: string; roomId: string; title: Record<string, string> }[];
  };
  clock: { mode: string; venueTime?: string; speed?: number; paused?: boolean };
  rooms: Record<string, { status: string; health: string }>;
}

export const test = base.extend<{ hubState: ApiState }>({
  // Read at run time: globalSetup sets it after the configuration was first loaded.
  baseURL: async ({ baseURL }, use) => {
    await use(process.env.VENUE_OPS_E2E_URL ?? baseURL);
  },
  hubState: async ({ request }, use) => {
    const response = await request.get("/api/state");
    expect(response.ok()).toBe(true);
    await use((await response.json()) as ApiState);
  },
});

export { expect };

/** Who the specs' consoles sign in as, unless a spec signs in itself. */
export const E2E_OPERATOR = { name: "E2E duty officer", role: "duty-officer", rooms: [] as string[] };

/**
 * Opens the console in a language, signed in (as the duty officer unless told otherwise), and waits
 * until the hub's data is on screen.
 */
export async function openConsole(
  page: Page,
  locale: "en" | "zh-CN" = "en",
  operator: { name: string; role: string; rooms: string[] } | null = E2E_OPERATOR,
): Promise<void> {
  await page.addInitScript((value) => {
    type Store = { getItem(key: string): string | null; setItem(key: string, value: string): void };
    const { localStorage, sessionStorage } = globalThis as unknown as {
      localStorage: Store;
      sessionStorage: Store;
    };
    if (!sessionStorage.getItem("venue-ops.e2e-operator-set")) {
      if (value) localStorage.setItem("venue-ops.operator", JSON.stringify(value));
      sessionStorage.setItem("venue-ops.e2e-operator-set", "1");
    }
  }, operator);
  // Runs in the page; typed by hand because the test project is compiled without the DOM library.
  await page.addInitScript((value) => {
    type Store = { getItem(key: string): string | null; setItem(key: string, value: string): void };
    const { localStorage, sessionStorage } = globalThis as unknown as {
      localStorage: Store;
      sessionStorage: Store;
    };
    // Only on the first load of this page, so a reload shows what the console itself remembered.
    if (!sessionStorage.getItem("venue-ops.e2e-locale-set")) {
      localStorage.setItem("venue-ops.locale", value);
      sessionStorage.setItem("venue-ops.e2e-locale-set", "1");
    }
  }, locale);
  await page.goto("/");
  await expect(page.getByTestId("floor-plan")).toBeVisible();
  await expect(page.getByTestId("link-state")).toHaveAttribute("data-state", "connected");
}

/** Pauses the shared hub's rehearsal clock at a venue time, for specs that need a given moment. */
export async function pauseClockAt(request: APIRequestContext, venueTime: string): Promise<void> {
  const response = await request.post("/api/commands", {
    data: { type: "clock.set", mode: "rehearsal", venueTime, paused: true },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

/** Leaves the shared hub's clock as the demo starts it: day 1, 08:45, running at ×1. */
export async function restoreDemoClock(request: APIRequestContext): Promise<void> {
  await request.post("/api/commands", {
    data: {
      type: "clock.set",
      mode: "rehearsal",
      venueTime: "2021-11-08T08:45:00+08:00",
      paused: false,
      speed: 1,
    },
  });
}

/** Posts a command to the shared hub as the duty officer (the config's headers) and expects it accepted. */
export async function postCommand(
  request: APIRequestContext,
  data: Record<string, unknown>,
): Promise<{ seq?: number }> {
  const response = await request.post("/api/commands", { data });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as { seq?: number };
}

/**
 * A second console in its own browser context (its own storage, so its own sign-in), at the same size and
 * zone as the first; close the context at the end of the test.
 */
export async function openOtherConsole(
  browser: Browser,
  locale: "en" | "zh-CN",
  operator: { name: string; role: string; rooms: string[] } | null,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: process.env.VENUE_OPS_E2E_URL,
    viewport: { width: 1366, height: 768 },
    timezoneId: "America/New_York",
    locale: "en-GB",
  });
  const page = await context.newPage();
  await openConsole(page, locale, operator);
  return { context, page };
}

/** Signs in through the console's own dialog (so only the console itself remembers who is signed in). */
export async function signInAsDutyOfficer(page: Page): Promise<void> {
  const dialog = page.getByTestId("signin-dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByTestId("signin-name").fill(E2E_OPERATOR.name);
  await dialog.getByTestId("signin-role-duty-officer").check();
  await dialog.getByTestId("signin-submit").click();
  await expect(dialog).toBeHidden();
}
