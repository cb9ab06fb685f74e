// `npm run bench [-- --quick]`: bundles the benchmark suite with esbuild and runs it; figures are printed.
// `npm run bench:crash`: the same for the crash loop (tests/bench/crashBench.ts).
import { build } from "esbuild";

const crash = process.argv.includes("--crash");
const outfile = crash ? "dist/bench/crash.mjs" : "dist/bench/bench.mjs";
await build({
  entryPoints: [crash ? "tests/bench/crashBench.ts" : "tests/bench/bench.ts"],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  logLevel: "warning",
});
await import(crash ? "../dist/bench/crash.mjs" : "../dist/bench/bench.mjs");
