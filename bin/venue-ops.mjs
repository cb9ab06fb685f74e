#!/usr/bin/env node
// The `venue-ops` command. The TypeScript sources are bundled by `npm run build`, which `npm install`
// runs through the `prepare` script, so this works right after installing.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "hub", "cli.mjs");
if (!existsSync(cli)) {
  console.error("venue-ops: the command line is not built yet; run `npm run build` in the project folder.");
  process.exit(1);
}
await import(cli);
