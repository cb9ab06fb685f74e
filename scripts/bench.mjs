// `npm run bench [-- --quick]`: bundles the benchmark suite with esbuild and runs it; figures are printed.
import { build } from "esbuild";

await build({
  entryPoints: ["tests/bench/bench.ts"],
  outfile: "dist/bench/bench.mjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  logLevel: "warning",
});
await import("../dist/bench/bench.mjs");
