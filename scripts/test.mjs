// `npm test`: every suite in order (type-check, lint, build, unit, integration, integration on node:sqlite
// when a Node 22 is given, end-to-end), stopping at the first failure, then one line with the counts.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

// Outside test-results/, which Playwright empties when it starts.
const reports = ".test-counts";
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const vitestReport = (name) => [
  `--reporter=default`,
  `--reporter=json`,
  `--outputFile.json=${join(reports, `${name}.json`)}`,
];

function nodeSqliteStage(node22) {
  const suites = ["durability", "corruptStore", "cli", "hubApi", "devices", "stageManager"];
  return [
    "integration on node:sqlite",
    "npx",
    [
      "vitest",
      "run",
      "--project",
      "integration",
      ...suites.map((suite) => `tests/integration/${suite}.test.ts`),
      ...vitestReport("integration-node-sqlite"),
    ],
    { VENUE_OPS_SQLITE: "node", VENUE_OPS_TEST_NODE: node22 },
  ];
}

const stages = [
  ["type-check", "npm", ["run", "--silent", "typecheck"]],
  ["lint", "npx", ["biome", "check", "--error-on-warnings", "."]],
  ["build", "node", ["scripts/build.mjs"]],
  ["unit", "npx", ["vitest", "run", "--project", "unit", ...vitestReport("unit")]],
  ["integration", "npx", ["vitest", "run", "--project", "integration", ...vitestReport("integration")]],
  // The desktop app keeps its journal in node:sqlite (Electron's own Node); with a Node 22 given in
  // VENUE_OPS_NODE22 (.ci/run fetches one), the store-related suites run on that driver too.
  ...(process.env.VENUE_OPS_NODE22 ? [nodeSqliteStage(process.env.VENUE_OPS_NODE22)] : []),
  [
    "end-to-end",
    "npx",
    ["playwright", "test", "--reporter=list,json"],
    { PLAYWRIGHT_JSON_OUTPUT_FILE: join(reports, "e2e.json") },
  ],
];

const counts = { passed: 0, failed: 0, skipped: 0 };
function countVitest(file) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, "utf8"));
  counts.passed += r.numPassedTests ?? 0;
  counts.failed += r.numFailedTests ?? 0;
  counts.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
function countPlaywright(file) {
  if (!existsSync(file)) return;
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  counts.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  counts.failed += stats?.unexpected ?? 0;
  counts.skipped += stats?.skipped ?? 0;
}

const started = Date.now();
let failedStage = null;
if (!process.env.VENUE_OPS_NODE22) {
  console.log(
    "note: VENUE_OPS_NODE22 is not set, so the node:sqlite driver (desktop app) is not exercised in this run",
  );
}
for (const [name, command, args, env] of stages) {
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(
    `=== ${name}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - t0) / 1000).toFixed(1)} s ===`,
  );
  if (result.status !== 0) {
    failedStage = name;
    break;
  }
}
countVitest(join(reports, "unit.json"));
countVitest(join(reports, "integration.json"));
countVitest(join(reports, "integration-node-sqlite.json"));
countPlaywright(join(reports, "e2e.json"));
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
if (failedStage) console.log(`\nnpm test: the ${failedStage} stage failed (${minutes} min)`);
else console.log(`\nnpm test: every stage passed (${minutes} min)`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedStage ? 1 : 0);
