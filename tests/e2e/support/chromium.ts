import { existsSync } from "node:fs";

/**
 * The browser for the end-to-end tests and the console benchmark: an explicit path from the environment,
 * else a system Chromium or Chrome, else Playwright's own download (undefined).
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((path) =>
    existsSync(path),
  );
}

/** Headless in a container: no sandbox or GPU, and none of the browser's own network traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
