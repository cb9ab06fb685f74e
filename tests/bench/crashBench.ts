import { writeFileSync } from "node:fs";
import { benchArgs } from "./benchArgs";
import { crashLoop } from "./crashLoop";
import { fmt, median, percentile } from "./stats";

/** `npm run bench:crash [-- --kills N] [--json FILE]`: the crash loop of docs/RELIABILITY.md, figures printed. */
const args = benchArgs(process.argv.slice(2));
console.log(`crash loop: ${args.kills} SIGKILLs of a real hub under command load`);
const figures = await crashLoop({ kills: args.kills, log: (line) => console.log(`  ${line}`) });
const sorted = [...figures.recoveryMs].sort((a, b) => a - b);
console.log(
  `${figures.kills} SIGKILLs, ${fmt(figures.sent)} commands sent, ${fmt(figures.acknowledged)} acknowledged, ` +
    `${figures.refused} refused; acknowledged lost: ${figures.lostFromJournal} from the journal, ` +
    `${figures.lostFromState} from the state`,
);
console.log(
  `recovery (spawn to ready after a SIGKILL): median ${fmt(median(sorted))} ms, ` +
    `p95 ${fmt(percentile(sorted, 0.95))} ms, max ${fmt(sorted.at(-1) ?? Number.NaN)} ms`,
);
if (args.json) writeFileSync(args.json, `${JSON.stringify(figures, null, 2)}\n`);
if (figures.lostFromJournal + figures.lostFromState > 0) process.exitCode = 1;
