import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** Clock ticks per second of /proc/PID/stat's CPU times (100 on every common Linux). */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) a process has used so far, read from outside it. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces) start with the state, field 3.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Current and peak resident memory of a process, in MiB. */
export function memoryMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

/** CPU use of a process between two readings, as a share of one core. */
export class CpuMeter {
  private lastCpu: number;
  private lastAt = performance.now();

  constructor(private readonly read: () => number) {
    this.lastCpu = read();
  }

  static ofProcess(pid: number): CpuMeter {
    return new CpuMeter(() => cpuSeconds(pid));
  }

  static ofThisProcess(): CpuMeter {
    return new CpuMeter(() => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1e6;
    });
  }

  /** Share of one core since the previous call (1 = one core busy). */
  take(): number {
    const cpu = this.read();
    const at = performance.now();
    const share = (cpu - this.lastCpu) / ((at - this.lastAt) / 1000);
    this.lastCpu = cpu;
    this.lastAt = at;
    return share;
  }
}
