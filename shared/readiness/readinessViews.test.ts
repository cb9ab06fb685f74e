import { describe, expect, it } from "vitest";
import {
  clockAt,
  interpretationStateAt,
  MINUTE,
  OPENING_START,
  runCommands,
} from "../../tests/fixtures/interpretationEvent";
import { miniEvent } from "../../tests/fixtures/miniEvent";
import type { Command } from "../commands/commands";
import type { LiveState } from "../live/liveState";
import { EventFile } from "../model/eventFile";
import { DEFAULT_READINESS } from "../model/readiness";
import {
  type BoardFilter,
  countByReadiness,
  goNoGoBySession,
  remoteClock,
  speakerBoard,
} from "./readinessViews";

const PANEL_START = OPENING_START + 90 * MINUTE;

/**
 * The mini event with the opening (09:00-10:30 in the hall: Ana remote from Lima, Bo in person, Cy on
 * video), a panel right after it in the same hall (10:30-11:30: Dee remote from Tokyo) and the webinar
 * of the next day, which has no speakers.
 */
function boardEvent(): EventFile {
  const input = miniEvent();
  input.people.speakers.push(
    {
      id: "bo",
      name: "Bo Example",
      nameZh: "薄例",
      organisation: "Guangzhou Example Office",
      city: "Guangzhou",
      country: "CN",
      timeZone: "Asia/Shanghai",
    },
    {
      id: "cy",
      name: "Cy Example",
      organisation: "City of Example",
      city: "São Paulo",
      country: "BR",
      timeZone: "America/Sao_Paulo",
    },
    {
      id: "dee",
      name: "Dee Example",
      organisation: "Tokyo Metropolitan Example",
      city: "Tokyo",
      country: "JP",
      timeZone: "Asia/Tokyo",
    },
  );
  input.sessions[0]?.speakers?.push(
    { personId: "bo", role: "host", mode: "in-person" },
    { personId: "cy", role: "presenter", mode: "recorded" },
  );
  // Listed before the opening on purpose: the board goes by time, not by the file's order.
  input.sessions.unshift({
    id: "panel",
    title: { en: "City panel", "zh-CN": "城市对话" },
    kind: "hybrid",
    roomId: "hall",
    start: "2021-11-08T10:30:00+08:00",
    end: "2021-11-08T11:30:00+08:00",
    languages: ["zh", "en"],
    speakers: [{ personId: "dee", role: "panelist", mode: "remote" }],
  });
  return EventFile.parse(input);
}

const stateAt = (ms: number) => interpretationStateAt(ms, boardEvent());
const sessionsOf = (state: LiveState) => state.event?.sessions ?? [];
const tick = (sessionId: string, speakerId: string, item: string, version?: string): Command =>
  ({
    type: "speaker.setCheck",
    sessionId,
    speakerId,
    item,
    done: true,
    ...(version ? { version } : {}),
  }) as Command;
const OPENING_ALL: Command[] = [
  ...["link-tested", "camera-ok", "audio-ok", "backup-dial-in", "standby"].map((i) =>
    tick("opening", "ana", i),
  ),
  ...["checked-in", "green-room", "mic-fitted", "mic-level"].map((i) => tick("opening", "bo", i)),
  tick("opening", "bo", "slides-received", "v1"),
  tick("opening", "bo", "slides-loaded"),
  tick("opening", "cy", "video-received", "final"),
  ...["video-checked", "video-cued"].map((i) => tick("opening", "cy", i)),
];
const ALL: BoardFilter = { query: "", notReadyOnly: false };

describe("go/no-go per session", () => {
  it("is at risk early, not ready once an item is late, ready when everything is done", () => {
    const early = stateAt(OPENING_START - 120 * MINUTE);
    expect(goNoGoBySession(early, sessionsOf(early), OPENING_START - 120 * MINUTE).opening).toMatchObject({
      status: "at-risk",
      startMs: OPENING_START,
      readyCount: 0,
      speakerCount: 3,
    });
    // 44 minutes before, Bo's check-in (due 45 minutes before) is late.
    const late = clockAt(early, OPENING_START - 44 * MINUTE);
    expect(goNoGoBySession(late, sessionsOf(late), OPENING_START - 44 * MINUTE).opening?.status).toBe(
      "not-ready",
    );
    const ready = runCommands(late, ...OPENING_ALL);
    expect(goNoGoBySession(ready, sessionsOf(ready), OPENING_START - 44 * MINUTE).opening).toMatchObject({
      status: "ready",
      readyCount: 3,
    });
  });

  it("has no go/no-go for a session without speakers, once it is live, or when its slot passed unstarted", () => {
    const early = stateAt(OPENING_START - 10 * MINUTE);
    const before = goNoGoBySession(early, sessionsOf(early), OPENING_START - 10 * MINUTE);
    expect(before.webinar?.status).toBeNull();
    expect(before.opening?.status).toBe("not-ready");

    const live = runCommands(
      clockAt(early, OPENING_START),
      { type: "session.standby", sessionId: "opening" },
      { type: "session.start", sessionId: "opening" },
    );
    const during = goNoGoBySession(live, sessionsOf(live), OPENING_START);
    expect(during.opening?.status).toBeNull();
    // Still counted: the stage manager sees who got ready, without a go/no-go.
    expect(during.opening?.readyCount).toBe(0);

    // The clock jumped past the panel's slot without it starting: no go/no-go, and its deadlines stay
    // those of its planned start (its expected start would be "now").
    const afterPanel = PANEL_START + 61 * MINUTE;
    const passed = goNoGoBySession(early, sessionsOf(early), afterPanel).panel;
    expect(passed?.status).toBeNull();
    expect(passed?.startMs).toBe(PANEL_START);
    expect(passed?.readiness.speakers[0]?.items[0]?.dueMs).toBe(PANEL_START - 30 * MINUTE);
    // Once started, it counts from its actual start.
    expect(during.opening?.startMs).toBe(OPENING_START);
  });

  it("moves the deadlines with the expected start when an earlier session in the room runs late", () => {
    // Dee's link test is due 30 minutes before the panel: 10:00 when the opening keeps to its plan.
    const early = stateAt(OPENING_START - 10 * MINUTE);
    const startAt = (ms: number) =>
      runCommands(
        clockAt(early, ms),
        { type: "session.standby", sessionId: "opening" },
        { type: "session.start", sessionId: "opening" },
      );
    const now = PANEL_START - 25 * MINUTE;
    const onTime = clockAt(startAt(OPENING_START), now);
    expect(goNoGoBySession(onTime, sessionsOf(onTime), now).panel).toMatchObject({
      status: "not-ready",
      startMs: PANEL_START,
    });
    // The opening starts half an hour late: the panel is expected at 11:00, the link test due at 10:30.
    const lateStart = clockAt(startAt(OPENING_START + 30 * MINUTE), now);
    const moved = goNoGoBySession(lateStart, sessionsOf(lateStart), now).panel;
    expect(moved).toMatchObject({ status: "at-risk", startMs: PANEL_START + 30 * MINUTE });
    const item = moved?.readiness.speakers[0]?.items.find((i) => i.item === "link-tested");
    expect(item?.dueMs).toBe(PANEL_START);
  });
});

describe("speakers board", () => {
  const now = OPENING_START - 120 * MINUTE;
  const state = stateAt(now);
  const event = boardEvent();
  const people = new Map(event.people.speakers.map((s) => [s.id, s]));
  const board = (filter: Partial<BoardFilter>, from: LiveState = state) =>
    speakerBoard(from, event.sessions, people, now, { ...ALL, ...filter });
  const shown = (filter: Partial<BoardFilter>, from?: LiveState) =>
    board(filter, from).map((b) => `${b.session.id}:${b.speakers.map((s) => s.personId).join(",")}`);

  it("lists the sessions with speakers in time order, each speaker in the session's order", () => {
    expect(shown({})).toEqual(["opening:ana,bo,cy", "panel:dee"]);
  });

  it("finds speakers by either script of their name, city without accents, organisation and session", () => {
    expect(shown({ query: "薄" })).toEqual(["opening:bo"]);
    expect(shown({ query: "sao paulo" })).toEqual(["opening:cy"]);
    expect(shown({ query: "tokyo metropolitan" })).toEqual(["panel:dee"]);
    // A session's title (either language) or room brings all its speakers.
    expect(shown({ query: "城市对话" })).toEqual(["panel:dee"]);
    expect(shown({ query: "opening" })).toEqual(["opening:ana,bo,cy"]);
    // Words may mix the speaker and the session.
    expect(shown({ query: "example 开幕" })).toEqual(["opening:ana,bo,cy"]);
    expect(shown({ query: "lima panel" })).toEqual([]);
    expect(shown({ query: "nobody" })).toEqual([]);
  });

  it("shows only speakers still to get ready with “not ready only”, and no session that is not watched", () => {
    const openingReady = runCommands(state, ...OPENING_ALL);
    expect(shown({ notReadyOnly: true }, openingReady)).toEqual(["panel:dee"]);
    expect(shown({ notReadyOnly: true, query: "bo" }, openingReady)).toEqual([]);
    // Bo unticks the microphone: he is back on the list, the others stay off it.
    const unticked = runCommands(openingReady, {
      type: "speaker.setCheck",
      sessionId: "opening",
      speakerId: "bo",
      item: "mic-level",
      done: false,
    });
    expect(shown({ notReadyOnly: true }, unticked)).toEqual(["opening:bo", "panel:dee"]);
  });

  it("counts the watched sessions by go/no-go", () => {
    expect(countByReadiness(board({}))).toEqual({ ready: 0, "at-risk": 2, "not-ready": 0 });
    expect(countByReadiness(board({}, runCommands(state, ...OPENING_ALL)))).toEqual({
      ready: 1,
      "at-risk": 1,
      "not-ready": 0,
    });
  });
});

describe("a remote speaker's clock", () => {
  it("gives their time now and at the slot, with the offset and the night where they are", () => {
    // 07:00 in Guangzhou is 18:00 the day before in Lima (UTC-5); the 09:00 start is 20:00 there.
    const lima = remoteClock("America/Lima", OPENING_START - 120 * MINUTE, OPENING_START, DEFAULT_READINESS);
    expect(lima.now).toEqual({ time: "18:00", date: "2021-11-07", offset: "UTC-5", night: false });
    expect(lima.atStart).toMatchObject({ time: "20:00", night: false });
    // Bogotá is also UTC-5: a 16:30 slot in Guangzhou starts at 03:30 there, in the night.
    const bogota = remoteClock(
      "America/Bogota",
      OPENING_START,
      Date.parse("2021-11-12T16:30:00+08:00"),
      DEFAULT_READINESS,
    );
    expect(bogota.atStart).toEqual({ time: "03:30", date: "2021-11-12", offset: "UTC-5", night: true });
    expect(bogota.now).toMatchObject({ time: "20:00", night: false });
    // The night hours come from the event's settings.
    const short = { nightStartHour: 23, nightEndHour: 3 };
    expect(remoteClock("America/Bogota", OPENING_START, OPENING_START, short).now.night).toBe(false);
    expect(
      remoteClock("America/Bogota", OPENING_START, Date.parse("2021-11-12T14:30:00+08:00"), short).atStart,
    ).toMatchObject({ time: "01:30", night: true });
  });
});
