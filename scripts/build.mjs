// Builds everything `npm start` and the `venue-ops` command need: the hub and command line (esbuild),
// the Electron main and preload scripts (esbuild), and the console (vite). Run by `npm install` too.
import { existsSync, rmSync } from "node:fs";
import { build as esbuild } from "esbuild";

const node = {
  bundle: true,
  platform: "node",
  target: "node20",
  sourcemap: true,
  packages: "external",
  logLevel: "warning",
};

// `--node-only` skips the console, for quick rebuilds of the hub while working on it.
const nodeOnly = process.argv.includes("--node-only");
const started = Date.now();
rmSync(nodeOnly ? "dist/hub" : "dist", { recursive: true, force: true });
await Promise.all([
  esbuild({ ...node, entryPoints: ["electron/hub/cli/main.ts"], outfile: "dist/hub/cli.mjs", format: "esm" }),
  esbuild({ ...node, entryPoints: ["electron/main.ts"], outfile: "dist/electron/main.mjs", format: "esm" }),
  // Sandboxed preload scripts must be CommonJS.
  esbuild({
    ...node,
    entryPoints: ["electron/preload.ts"],
    outfile: "dist/electron/preload.cjs",
    format: "cjs",
  }),
]);
if (!nodeOnly && existsSync("vite.config.ts")) {
  const { build } = await import("vite");
  await build({ configFile: "vite.config.ts", logLevel: "warn" });
}
console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
