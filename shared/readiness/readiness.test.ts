import { describe, expect, it } from "vitest";
import {
  clockAt,
  interpretationStateAt,
  MINUTE,
  OPENING_START,
  runCommands,
} from "../../tests/fixtures/interpretationEvent";
import { readinessEvent } from "../../tests/fixtures/readinessEvent";
import type { Command } from "../commands/commands";
import { DEFAULT_READINESS } from "../model/readiness";
import { localTimeIn } from "./localTime";
import { sessionReadiness } from "./readiness";

const stateAt = (ms: number) => interpretationStateAt(ms, readinessEvent());
const tick = (speakerId: string, item: string, version?: string) =>
  ({
    type: "speaker.setCheck",
    sessionId: "opening",
    speakerId,
    item,
    done: true,
    ...(version ? { version } : {}),
  }) as Command;
const ALL: Command[] = [
  ...["link-tested", "camera-ok", "audio-ok", "backup-dial-in", "standby"].map((i) => tick("ana", i)),
  ...["checked-in", "green-room", "mic-fitted", "mic-level"].map((i) => tick("bo", i)),
  tick("bo", "slides-received", "v1"),
  tick("bo", "slides-loaded"),
  ...["video-received", "video-checked", "video-cued"].map((i) => tick("cy", i)),
];

const statusAt = (state: ReturnType<typeof stateAt>, nowMs: number) => {
  const session = state.event?.sessions[0];
  if (!session) throw new Error("no session");
  return sessionReadiness(state, session, OPENING_START, nowMs);
};

describe("session readiness roll-up", () => {
  it("is at risk while items are outstanding, not ready once one is late, ready when all are done", () => {
    const early = stateAt(OPENING_START - 2 * 60 * MINUTE);
    expect(statusAt(early, OPENING_START - 2 * 60 * MINUTE).status).toBe("at-risk");
    // 44 minutes before: Bo's check-in (due 45 min before) is late.
    const late = statusAt(early, OPENING_START - 44 * MINUTE);
    expect(late.status).toBe("not-ready");
    expect(
      late.speakers.find((s) => s.personId === "bo")?.items.find((i) => i.item === "checked-in")?.late,
    ).toBe(true);
    expect(late.speakers.find((s) => s.personId === "ana")?.status).toBe("at-risk");
    const ready = runCommands(early, ...ALL);
    expect(statusAt(ready, OPENING_START - 10 * MINUTE).status).toBe("ready");
  });

  it("counts loaded slides as not loaded once a newer version arrives", () => {
    const ready = runCommands(stateAt(OPENING_START - 60 * MINUTE), ...ALL);
    const changed = runCommands(
      clockAt(ready, OPENING_START - 20 * MINUTE),
      tick("bo", "slides-received", "v2"),
    );
    const bo = statusAt(changed, OPENING_START - 20 * MINUTE).speakers.find((s) => s.personId === "bo");
    expect(bo?.status).toBe("at-risk");
    expect(bo?.items.find((i) => i.item === "slides-loaded")).toMatchObject({
      done: false,
      superseded: true,
    });
    const reloaded = runCommands(changed, tick("bo", "slides-loaded"));
    expect(statusAt(reloaded, OPENING_START - 20 * MINUTE).status).toBe("ready");
  });
});

describe("a remote speaker's local time", () => {
  it("is right for their zone, with its offset, and flags the night there", () => {
    // 09:00 in Guangzhou on 8 November 2021 is 20:00 on the 7th in Lima (UTC-5, no daylight saving).
    expect(localTimeIn("America/Lima", OPENING_START, DEFAULT_READINESS)).toEqual({
      time: "20:00",
      date: "2021-11-07",
      offset: "UTC-5",
      night: false,
    });
    // 16:00 in Guangzhou is 03:00 in New York, a week after the clocks went back (EST, UTC-5).
    const four = Date.parse("2021-11-08T16:00:00+08:00");
    expect(localTimeIn("America/New_York", four, DEFAULT_READINESS)).toMatchObject({
      time: "03:00",
      offset: "UTC-5",
      night: true,
    });
    // Half-hour zones keep their minutes.
    expect(localTimeIn("Asia/Kolkata", OPENING_START, DEFAULT_READINESS)).toMatchObject({
      time: "06:30",
      offset: "UTC+5:30",
      night: false,
    });
    expect(localTimeIn("Asia/Kolkata", OPENING_START - 31 * MINUTE, DEFAULT_READINESS).night).toBe(true);
  });
});
