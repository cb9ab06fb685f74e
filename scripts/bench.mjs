// `npm run bench [-- --quick]`: bundles the benchmark suite with esbuild and runs it; figures are printed.
// `npm run bench:crash`: the same for the crash loop (tests/bench/crashBench.ts).
// `npm run bench -- --soak [--quick]`: the six-day soak on the rehearsal clock (tests/bench/soakBench.ts).
import { build } from "esbuild";

const entries = {
  crash: ["tests/bench/crashBench.ts", "dist/bench/crash.mjs"],
  soak: ["tests/bench/soakBench.ts", "dist/bench/soak.mjs"],
  bench: ["tests/bench/bench.ts", "dist/bench/bench.mjs"],
};
const which = process.argv.includes("--crash") ? "crash" : process.argv.includes("--soak") ? "soak" : "bench";
const [entry, outfile] = entries[which];
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  logLevel: "warning",
});
await import(`../${outfile}`);
