import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./tests/e2e/support/chromium";

const CI = Boolean(process.env.CI);

export default defineConfig({
  testMatch: "*.spec.ts",
  projects: [
    { name: "console", testDir: "tests/e2e", testIgnore: "90-screenshots.spec.ts" },
    // Rewrites docs/screenshots: only with `npm run screenshots`.
    ...(process.env.VENUE_OPS_SCREENSHOTS
      ? [{ name: "docs-screenshots", testDir: "tests/e2e", testMatch: "90-screenshots.spec.ts" }]
      : []),
    // The desktop shell through Playwright's Electron support; skipped, with the reason, where Electron's
    // binary is not installed.
    { name: "desktop", testDir: "tests/electron" },
  ],
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // Every spec talks to the one hub that globalSetup starts, and some change its state (the clock).
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { outputFolder: "playwright-report", open: "never" }]],
  outputDir: "test-results",
  globalSetup: "./tests/e2e/support/globalSetup.ts",
  globalTeardown: "./tests/e2e/support/globalTeardown.ts",
  use: {
    browserName: "chromium",
    // Set by globalSetup before the workers start; the tests' fixture reads it again at run time.
    baseURL: process.env.VENUE_OPS_E2E_URL,
    viewport: { width: 1366, height: 768 },
    // API calls from the specs (clock, sessions) act as the duty officer; the hub refuses anonymous changes.
    extraHTTPHeaders: { "x-operator": "E2E duty officer", "x-role": "duty-officer" },
    locale: "en-GB",
    // Deliberately not the venue's zone: the console must show venue time whatever the machine's zone.
    timezoneId: "America/New_York",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS],
    },
  },
});
