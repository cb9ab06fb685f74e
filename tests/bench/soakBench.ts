import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DateTime } from "luxon";
import { MAX_CLOCK_SPEED } from "../../shared/live/clock";
import type { EventFile } from "../../shared/model/eventFile";
import { CLI, startBenchHub } from "./benchHub";
import { cpuSeconds, memoryMiB } from "./procStats";
import { headCommit, machineInfo } from "./runInfo";
import { soakArgs } from "./soakArgs";
import { JournalFollower } from "./soakConsoles";
import { BenchFaults } from "./soakFaults";
import { fmt, sleep } from "./stats";

/**
 * `npm run bench -- --soak [--quick] [--json FILE] ...` (options: tests/bench/soakArgs.ts): the venue's
 * days on the rehearsal clock at high speed, on a real hub process in demo mode (the rehearsal director
 * runs every room and session), with every device of the event simulated through the real protocol
 * (`venue-ops simulate --faults`: drop-outs, malformed frames, floods), journal-following consoles that
 * drop and resume, and the bench's own faults (rogue device sockets, malformed commands, a mass device
 * drop). Measures the hub's RSS slope, unhandled errors, every session's lifecycle, the journal's size
 * and the consoles' sequence continuity.
 */
const args = soakArgs(process.argv.slice(2));
const AS_DUTY_OFFICER = { "x-operator": "Soak duty officer", "x-role": "duty-officer" };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Least-squares slope of y over x, and the coefficient of determination. */
export function leastSquares(points: readonly { x: number; y: number }[]): { slope: number; r2: number } {
  const n = points.length;
  if (n < 2) return { slope: Number.NaN, r2: Number.NaN };
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.x;
    sy += p.y;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
  }
  const slope = sxx === 0 ? Number.NaN : sxy / sxx;
  return { slope, r2: sxx === 0 || syy === 0 ? 0 : (sxy * sxy) / (sxx * syy) };
}

async function json(url: string, init: RequestInit = {}): Promise<any> {
  const res = await fetch(url, { ...init, headers: { ...AS_DUTY_OFFICER, ...(init.headers ?? {}) } });
  const body = await res.json();
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${url}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

const command = (url: string, body: Record<string, unknown>) =>
  json(`${url}/api/commands`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/** `venue-ops simulate` in its own process: every device of the event, with the simulator's faults. */
function startSimulatorProcess(url: string, dataDir: string) {
  const child: ChildProcess = spawn(
    process.env.VENUE_OPS_TEST_NODE ?? process.execPath,
    [
      CLI,
      "simulate",
      "--hub",
      url,
      "--data-dir",
      dataDir,
      "--rate",
      String(args.rate),
      ...(args.faults ? ["--faults"] : []),
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((done) =>
    child.once("exit", (code) => {
      exitCode = code;
      done(code);
    }),
  );
  return {
    pid: child.pid ?? 0,
    log: () => stderr,
    /** The exit code once it has exited by itself or been stopped; undefined while it runs. */
    exitCode: () => exitCode,
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

/** Lines of a log that say something went wrong that nobody handled. */
const UNHANDLED = /unhandled|uncaught|^\s*at\s+\S+.*:\d+:\d+\)?\s*$|^\w*Error\b|FATAL|heap out of memory/i;

function classifyLog(log: string) {
  const lines = log.split("\n").filter((l) => l.trim().length > 0);
  const unhandled = lines.filter((l) => UNHANDLED.test(l));
  const director = lines.filter((l) => l.startsWith("rehearsal director:"));
  const byPrefix: Record<string, number> = {};
  for (const line of lines) {
    const prefix = /^([\w -]{1,30}):/.exec(line)?.[1] ?? "(other)";
    byPrefix[prefix] = (byPrefix[prefix] ?? 0) + 1;
  }
  return { lines: lines.length, unhandled, director, byPrefix, first: lines.slice(0, 200) };
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, "../..");
  const event = JSON.parse(readFileSync(join(root, "events", "gmf-2021.json"), "utf8")) as EventFile;
  const zone = event.event.timeZone;
  const days = event.event.days;
  const toDay = Math.min(args.toDay, days.length);
  const fromDay = Math.min(args.fromDay, toDay);
  const venueAt = (day: number, time: string) =>
    DateTime.fromISO(`${days[day - 1]}T${time}`, { zone }).toMillis();
  const dayOf = (ms: number) => DateTime.fromMillis(ms, { zone }).toISODate() ?? "?";
  // From 07:00 on the first day (before any room is set up) to an hour after the last session of the last
  // day ends (rooms struck and closed).
  const runStart = venueAt(fromDay, "07:00");
  const lastDay = days[toDay - 1] as string;
  const endsOnLastDays = event.sessions
    .map((s) => Date.parse(s.end))
    .filter((end) => end >= runStart && dayOf(end) <= lastDay);
  const runEnd = Math.max(venueAt(toDay, "18:00"), ...endsOnLastDays.map((end) => end + HOUR));
  const speed =
    args.speed ?? Math.min(MAX_CLOCK_SPEED, Math.ceil((runEnd - runStart) / (args.minutes * 60_000)));
  const expectedWallS = (runEnd - runStart) / speed / 1000;
  const inWindow = event.sessions.filter(
    (s) => Date.parse(s.start) >= runStart && Date.parse(s.end) <= runEnd,
  );
  const machine = machineInfo();
  const figures: Record<string, any> = {
    date: new Date().toISOString(),
    commit: headCommit(),
    quick: args.quick,
    machine,
    loadAverageAtStart: loadavg(),
    options: { ...args, fromDay, toDay },
    venue: {
      from: new Date(runStart).toISOString(),
      to: new Date(runEnd).toISOString(),
      days: (runEnd - runStart) / DAY,
      speed,
    },
  };
  console.log(
    `soak (${args.quick ? "quick" : "full"}) on ${machine.cpus} × ${machine.model}, Node ${machine.node}, ` +
      `commit ${figures.commit}, load average ${loadavg()
        .map((l) => fmt(l, 1))
        .join(" ")}`,
  );
  console.log(
    `  venue days ${fromDay} to ${toDay} (${DateTime.fromMillis(runStart, { zone }).toFormat("ccc d LLL HH:mm")} to ` +
      `${DateTime.fromMillis(runEnd, { zone }).toFormat("ccc d LLL HH:mm")}, ${fmt((runEnd - runStart) / HOUR, 1)} venue hours) ` +
      `at ${fmt(speed)}× (max ${MAX_CLOCK_SPEED}): about ${fmt(expectedWallS)} s; ${inWindow.length} sessions due; ` +
      `${args.consoles} consoles; ${args.hubSimulator ? "the hub's in-process simulator" : `simulator process at ${args.rate} Hz${args.faults ? " with faults" : ""}`}`,
  );

  const dataDir = mkdtempSync(join(tmpdir(), "venue-ops-soak-"));
  const startIso = DateTime.fromMillis(runStart, { zone }).toISO() as string;
  const hub = await startBenchHub(dataDir, [
    "--demo",
    "--clock",
    startIso,
    "--speed",
    "1",
    ...(args.hubSimulator ? [] : ["--no-simulator"]),
  ]);
  let simulator = args.hubSimulator ? null : startSimulatorProcess(hub.url, dataDir);
  const simulatorLogs: string[] = [];
  const followers = Array.from(
    { length: args.consoles },
    (_, k) => new JournalFollower(hub.url, `soak-${k + 1}`, k === 0 ? dayOf : null),
  );
  const faults = new BenchFaults(hub.url, event.devices[0]?.id ?? "none", AS_DUTY_OFFICER);
  try {
    await Promise.all(followers.map((f) => f.connect()));
    // Every device online before the clock starts, so that the first day starts with a full venue.
    const deviceCount = event.devices.length;
    const onlineNow = async () =>
      Object.values((await json(`${hub.url}/api/devices`)) as Record<string, { connected: boolean }>).filter(
        (d) => d.connected,
      ).length;
    const connectDeadline = Date.now() + 60_000;
    while ((await onlineNow()) < deviceCount && Date.now() < connectDeadline) await sleep(250);
    const onlineAtStart = await onlineNow();
    console.log(`  hub ready in ${fmt(hub.readyMs)} ms; ${onlineAtStart}/${deviceCount} devices online`);

    // The rehearsal clock to the run's start at full speed, as a duty officer sets it.
    await command(hub.url, {
      type: "clock.set",
      mode: "rehearsal",
      venueTime: new Date(runStart).toISOString(),
      speed,
      paused: false,
    });
    const t0 = performance.now();
    const venueNow = () => runStart + (performance.now() - t0) * speed;

    const samples: { t: number; venueMs: number; rss: number }[] = [];
    const simulatorRss: number[] = [];
    let hubExitedEarly = false;
    let simulatorExit: { atS: number; code: number | null } | null = null;
    const cpu0 = cpuSeconds(hub.pid);
    const faultsDone = { consoleDropsAsked: 0, consoleGarbage: 0, simulatorRestarts: 0 };
    let nextConsoleDrop = 10;
    let nextGarbage = 5;
    let nextRogue = 1;
    let nextHttp = 2;
    let dropIndex = 0;
    const restartAt = expectedWallS / 2;
    let restarted = false;
    const pendingFaults: Promise<unknown>[] = [];
    let lastReport = 0;
    // The live state's size (GET /api/state, bytes of JSON) when the warm-up ends and at the end: what the
    // journal legitimately adds to memory (log, alerts, turns, readiness), beside the RSS slope.
    const stateBytes = async () =>
      (await (await fetch(`${hub.url}/api/state`, { headers: AS_DUTY_OFFICER })).text()).length;
    let stateBytesAtWarmUp: number | null = null;
    const warmUpAtS = Math.max(40, 0.15 * expectedWallS);
    while (venueNow() < runEnd) {
      await sleep(1000 - ((performance.now() - t0) % 1000));
      const t = (performance.now() - t0) / 1000;
      if (!existsSync(`/proc/${hub.pid}`)) {
        hubExitedEarly = true;
        break;
      }
      samples.push({ t, venueMs: venueNow(), rss: memoryMiB(hub.pid).rss });
      if (simulator && simulator.exitCode() !== undefined && simulatorExit === null) {
        simulatorExit = { atS: t, code: simulator.exitCode() ?? null };
        console.log(
          `  the simulator process exited by itself at ${fmt(t)} s with code ${simulatorExit.code}`,
        );
      } else if (simulator && existsSync(`/proc/${simulator.pid}`))
        simulatorRss.push(memoryMiB(simulator.pid).rss);
      if (stateBytesAtWarmUp === null && t >= warmUpAtS) stateBytesAtWarmUp = await stateBytes();
      if (!args.faults) continue;
      if (t >= nextRogue) {
        faults.rogueDevice();
        nextRogue = t + 2;
      }
      if (t >= nextHttp) {
        pendingFaults.push(faults.badHttpCommand());
        nextHttp = t + 3;
      }
      if (t >= nextGarbage) {
        followers[faultsDone.consoleGarbage % followers.length]?.sendGarbage();
        faultsDone.consoleGarbage++;
        nextGarbage = t + 10;
      }
      if (t >= nextConsoleDrop) {
        // Consoles in turn; abrupt and clean drops alternate; away from half a second to 4 s, and once
        // in five drops 20 s (a laptop lid closed over a busy stretch).
        const follower = followers[dropIndex % followers.length] as JournalFollower;
        const away = dropIndex % 5 === 4 ? 20_000 : 500 + Math.random() * 3_500;
        pendingFaults.push(follower.drop(dropIndex % 2 === 0, away));
        dropIndex++;
        faultsDone.consoleDropsAsked++;
        nextConsoleDrop = t + (args.quick ? 7 : 15);
      }
      if (simulator && !restarted && t >= restartAt) {
        // Every device drops at once (the venue's network switch reboots) and comes back 5 s later.
        restarted = true;
        const old = simulator;
        simulator = null;
        await old.stop();
        simulatorLogs.push(old.log());
        await sleep(5_000);
        simulator = startSimulatorProcess(hub.url, dataDir);
        faultsDone.simulatorRestarts++;
      }
      if (t - lastReport >= 30) {
        lastReport = t;
        const last = samples.at(-1);
        console.log(
          `  ${fmt(t)} s: venue ${DateTime.fromMillis(venueNow(), { zone }).toFormat("ccc d LLL HH:mm")}, ` +
            `hub RSS ${fmt(last?.rss ?? Number.NaN, 1)} MiB, journal seq ${followers[0]?.figures.lastSeq}`,
        );
      }
    }
    const wallS = (performance.now() - t0) / 1000;
    const hubCpuShare = existsSync(`/proc/${hub.pid}`) ? (cpuSeconds(hub.pid) - cpu0) / wallS : Number.NaN;

    // The run is over: the clock stops where it is and the director gets a few ticks to finish.
    if (!hubExitedEarly) await command(hub.url, { type: "clock.pause" });
    await Promise.all(pendingFaults);
    await sleep(3_000);
    faults.close();

    // Every device back online after the faults (a dropped simulated device stays away 5 to 20 s).
    const backDeadline = Date.now() + 30_000;
    let onlineAtEnd = hubExitedEarly ? 0 : await onlineNow();
    while (!hubExitedEarly && onlineAtEnd < deviceCount && Date.now() < backDeadline) {
      await sleep(500);
      onlineAtEnd = await onlineNow();
    }

    const state = hubExitedEarly ? null : await json(`${hub.url}/api/state`);
    const stateBytesAtEnd = hubExitedEarly ? Number.NaN : await stateBytes();
    const finalSeq: number = state?.seq ?? -1;
    const caughtUp = await Promise.all(followers.map((f) => f.caughtUp(finalSeq)));
    const lifecycle = followers[0] as JournalFollower;
    const sessions = inWindow.map((s) => {
      const status: string = state?.sessions?.[s.id]?.status ?? "unknown";
      const path = lifecycle.sessionPaths.get(s.id) ?? [];
      return { id: s.id, status, path };
    });
    const notFinal = sessions.filter((s) => s.status !== "ended" && s.status !== "cancelled");
    const ended = sessions.filter((s) => s.status === "ended");
    const wentLive = ended.filter((s) => s.path.includes("live")).length;
    const viaStandby = ended.filter((s) => s.path.includes("standby")).length;
    // Where the rest of the venue should stand once the last day is over: rooms closed, booths off any
    // session with no turn left open, and the alerts still unresolved (informative).
    const roomsWithSessions = new Set(inWindow.map((s) => s.roomId));
    const roomsNotClosed = Object.entries((state?.rooms ?? {}) as Record<string, { status: string }>)
      .filter(([id, room]) => roomsWithSessions.has(id) && room.status !== "closed")
      .map(([id, room]) => ({ id, status: room.status }));
    const booths = Object.entries(
      (state?.booths ?? {}) as Record<
        string,
        { sessionId?: string | null; turns?: { end: string | null }[] }
      >,
    );
    const boothsStillOnASession = booths
      .filter(([, b]) => b.sessionId)
      .map(([id, b]) => ({ id, sessionId: b.sessionId }));
    const openTurns = booths.flatMap(([id, b]) =>
      (b.turns ?? []).filter((t) => t.end === null).map(() => id),
    );
    const turns = booths.reduce((sum, [, b]) => sum + (b.turns?.length ?? 0), 0);
    const alerts = Object.values(
      (state?.alerts ?? {}) as Record<string, { rule: string; resolvedAt: string | null }>,
    );
    const openAlerts = alerts.filter((a) => a.resolvedAt === null).map((a) => a.rule);

    // RSS after the warm-up (the first 15 % of the run, at least 40 s: start-up garbage is collected by then): slope per wall hour and per venue day.
    const warmUpS = warmUpAtS;
    const steady = samples.filter((s) => s.t >= warmUpS);
    const perSecond = leastSquares(steady.map((s) => ({ x: s.t, y: s.rss })));
    const secondHalf = leastSquares(
      steady.slice(Math.floor(steady.length / 2)).map((s) => ({ x: s.t, y: s.rss })),
    );
    const rssValues = steady.map((s) => s.rss);
    const rss = {
      samples: samples.length,
      warmUpS,
      atWarmUpEnd: steady[0]?.rss ?? Number.NaN,
      atEnd: steady.at(-1)?.rss ?? Number.NaN,
      min: Math.min(...rssValues),
      max: Math.max(...rssValues),
      peak: existsSync(`/proc/${hub.pid}`) ? memoryMiB(hub.pid).peak : Number.NaN,
      slopeMiBPerWallHour: perSecond.slope * 3600,
      slopeMiBPerVenueDay: (perSecond.slope / speed) * 86_400,
      r2: perSecond.r2,
      secondHalfSlopeMiBPerWallHour: secondHalf.slope * 3600,
      secondHalfSlopeMiBPerVenueDay: (secondHalf.slope / speed) * 86_400,
      stateJsonBytesAtWarmUpEnd: stateBytesAtWarmUp ?? Number.NaN,
      stateJsonBytesAtEnd: stateBytesAtEnd,
      series: samples.map((s) => [Math.round(s.t * 10) / 10, Math.round(s.rss * 10) / 10]),
    };

    // Journal on disk (the WAL included) and events per venue day as the first console counted them.
    const journalFiles = () =>
      ["journal.sqlite", "journal.sqlite-wal"]
        .map((f) => join(dataDir, f))
        .filter((f) => existsSync(f))
        .reduce((sum, f) => sum + statSync(f).size, 0);
    // While the hub runs most of it is the write-ahead log (SQLite checkpoints it at about 4 MiB).
    const journalBytes = journalFiles();
    const perDay = Object.fromEntries([...lifecycle.eventsByVenueDay.entries()].sort());
    const venueDays = (Math.min(venueNow(), runEnd) - runStart) / DAY;
    const topTypes = Object.fromEntries(
      [...lifecycle.eventsByType.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8),
    );

    if (simulator) {
      await simulator.stop();
      simulatorLogs.push(simulator.log());
      simulator = null;
    }
    for (const f of followers) f.stop();
    const stopStarted = performance.now();
    const alive = existsSync(`/proc/${hub.pid}`);
    if (alive) await hub.stop();
    const stopMs = performance.now() - stopStarted;
    // After the clean stop the log is checkpointed into the file, with the shutdown snapshot.
    const journalBytesAfterStop = journalFiles();
    const hubLog = classifyLog(hub.log());
    const simLog = classifyLog(simulatorLogs.join("\n"));

    Object.assign(figures, {
      wallSeconds: wallS,
      loadAverageAtEnd: loadavg(),
      hubCpuShare,
      devices: { count: deviceCount, onlineAtStart, onlineAtEnd },
      rss,
      simulatorRssMiB: simulatorRss.length
        ? { min: Math.min(...simulatorRss), max: Math.max(...simulatorRss) }
        : null,
      sessions: {
        due: inWindow.length,
        ended: ended.length,
        cancelled: sessions.filter((s) => s.status === "cancelled").length,
        endedAfterGoingLive: wentLive,
        endedViaStandby: viaStandby,
        notFinal,
        paths: Object.fromEntries(sessions.map((s) => [s.id, s.path.join(" > ")])),
      },
      venueAtEnd: {
        roomsNotClosed,
        boothsStillOnASession,
        openTurns,
        turns,
        alerts: alerts.length,
        openAlerts,
      },
      journal: {
        seq: finalSeq,
        bytes: journalBytes,
        bytesAfterCleanStop: journalBytesAfterStop,
        eventsPerVenueDay: venueDays > 0 ? (finalSeq >= 0 ? lifecycle.figures.events / venueDays : 0) : 0,
        byVenueDay: perDay,
        topTypes,
        disconnectReasons: Object.fromEntries(lifecycle.disconnectReasons),
      },
      consoles: followers.map((f, k) => ({ ...f.figures, caughtUp: caughtUp[k] })),
      faults: { ...faultsDone, ...faults.figures },
      errors: {
        hubExitedEarly,
        simulatorExitedEarly: simulatorExit,
        hubStopMs: stopMs,
        hubUnhandled: hubLog.unhandled,
        directorRefusals: hubLog.director.length,
        directorRefusalSamples: [...new Set(hubLog.director)].slice(0, 10),
        hubLogLines: hubLog.byPrefix,
        hubLog: hubLog.first,
        simulatorUnhandled: simLog.unhandled,
        simulatorLogLines: simLog.byPrefix,
      },
    });

    console.log(
      `  ran ${fmt(wallS)} s wall for ${fmt(venueDays, 2)} venue days; hub CPU ${fmt(hubCpuShare * 100)} % of a core; ` +
        `devices online at start ${onlineAtStart}/${deviceCount}, at the end ${onlineAtEnd}/${deviceCount}`,
    );
    console.log(
      `  sessions: ${inWindow.length} due, ${ended.length} ended (${wentLive} went live first, ${viaStandby} via standby), ` +
        `${figures.sessions.cancelled} cancelled, ${notFinal.length} not in a final state` +
        (notFinal.length ? `: ${notFinal.map((s) => `${s.id} (${s.status})`).join(", ")}` : ""),
    );
    console.log(
      `  at the end: rooms not closed ${roomsNotClosed.length}${roomsNotClosed.length ? ` (${roomsNotClosed.map((r) => `${r.id} ${r.status}`).join(", ")})` : ""}, ` +
        `booths still on a session ${boothsStillOnASession.length}, interpreter turns ${fmt(turns)} (${openTurns.length} left open), ` +
        `alerts ${fmt(alerts.length)} (${openAlerts.length} unresolved${openAlerts.length ? `: ${[...new Set(openAlerts)].join(", ")}` : ""})`,
    );
    console.log(
      `  hub RSS after a ${fmt(warmUpS)} s warm-up: ${fmt(rss.atWarmUpEnd, 1)} → ${fmt(rss.atEnd, 1)} MiB ` +
        `(min ${fmt(rss.min, 1)}, max ${fmt(rss.max, 1)}, peak ${fmt(rss.peak, 1)}); least-squares slope ` +
        `${fmt(rss.slopeMiBPerWallHour, 1)} MiB per wall hour = ${fmt(rss.slopeMiBPerVenueDay, 3)} MiB per venue day ` +
        `(r² ${fmt(rss.r2, 2)}); second half ${fmt(rss.secondHalfSlopeMiBPerWallHour, 1)} MiB/h = ` +
        `${fmt(rss.secondHalfSlopeMiBPerVenueDay, 3)} MiB per venue day; live state (GET /api/state) ` +
        `${fmt(rss.stateJsonBytesAtWarmUpEnd / 1024)} → ${fmt(rss.stateJsonBytesAtEnd / 1024)} KiB of JSON`,
    );
    console.log(
      `  journal: seq ${fmt(finalSeq)}, ${fmt(journalBytes / 2 ** 20, 1)} MiB on disk with its write-ahead log ` +
        `(${fmt(journalBytesAfterStop / 2 ** 20, 2)} MiB after the clean stop, snapshots included), ` +
        `${fmt(figures.journal.eventsPerVenueDay)} events per venue day (${Object.entries(perDay)
          .map(([d, n]) => `${d.slice(5)}: ${fmt(n)}`)
          .join(", ")})`,
    );
    for (const f of figures.consoles as (typeof followers)[number]["figures"][]) {
      console.log(
        `  console ${f.workstation}: ${fmt(f.events)} events, ${f.drops} drops, ${f.resumes} resumed with events, ` +
          `${f.resumedBySnapshot} with a snapshot, gaps ${f.gaps}, duplicates ${f.duplicates}, ` +
          `closed by the hub ${JSON.stringify(f.closedByHub)}, last seq ${f.lastSeq}`,
      );
    }
    console.log(
      `  faults: ${faultsDone.simulatorRestarts} mass device drop(s), ${followers.reduce((n, f) => n + f.figures.drops, 0)} console drops, ` +
        `${faultsDone.consoleGarbage} malformed console messages, rogue device sockets ${JSON.stringify(faults.figures.rogueDevices)} ` +
        `closed with ${JSON.stringify(faults.figures.rogueCloseCodes)} (left open ${faults.figures.rogueLeftOpen}), ` +
        `bad HTTP commands answered ${JSON.stringify(faults.figures.badHttp)}; device disconnects journaled, by reason: ` +
        JSON.stringify(Object.fromEntries(lifecycle.disconnectReasons)),
    );
    console.log(
      `  errors: hub exited early ${hubExitedEarly}, unhandled/uncaught/stack lines in the hub's log ${hubLog.unhandled.length}, ` +
        `in the simulator's ${simLog.unhandled.length}; rehearsal director refusals ${hubLog.director.length}; ` +
        `hub stopped in ${fmt(stopMs)} ms; hub log lines ${JSON.stringify(hubLog.byPrefix)}`,
    );
    for (const line of [...hubLog.unhandled, ...simLog.unhandled].slice(0, 20)) console.log(`    ${line}`);
    for (const line of figures.errors.directorRefusalSamples) console.log(`    ${line}`);
    if (args.json) {
      writeFileSync(args.json, `${JSON.stringify(figures, null, 2)}\n`);
      console.log(`figures written to ${args.json}`);
    }
    const failed =
      hubExitedEarly ||
      simulatorExit !== null ||
      notFinal.length > 0 ||
      hubLog.unhandled.length > 0 ||
      followers.some((f) => f.figures.gaps > 0 || f.figures.duplicates > 0);
    if (failed) process.exitCode = 1;
  } finally {
    faults.close();
    for (const f of followers) f.stop();
    if (simulator) await simulator.stop();
    if (existsSync(`/proc/${hub.pid}`)) await hub.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
