import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import envPaths from "env-paths";

const PACKAGE_NAME = "venue-ops-console";

/** The installed package's root, found from this module's location (works from src and from dist). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string };
      if (name === PACKAGE_NAME) return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package root`);
    dir = parent;
  }
}

export function packageVersion(): string {
  const { version } = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as {
    version: string;
  };
  return version;
}

export const bundledEventFile = () => join(packageRoot(), "events", "gmf-2021.json");
export const consoleBuildDir = () => join(packageRoot(), "dist", "renderer");

/** Per-user data dir (e.g. ~/.local/share/venue-ops-console on Linux, %APPDATA% on Windows). */
export function defaultDataDir(demo: boolean): string {
  const base = envPaths(PACKAGE_NAME, { suffix: "" }).data;
  return demo ? join(base, "demo") : base;
}
