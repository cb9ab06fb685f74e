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
import { venueNowMs } from "../live/clock";
import type { LiveState } from "../live/liveState";
import { speakerAlerts } from "./speakerRules";

const at = (minutesBefore: number, state = interpretationStateAt(OPENING_START, readinessEvent())) =>
  clockAt(state, OPENING_START - minutesBefore * MINUTE);
const ids = (state: LiveState) =>
  speakerAlerts(state, venueNowMs(state.clock, 0))
    .map((a) => a.id)
    .sort();
const tick = (speakerId: string, item: string, version?: string) =>
  ({
    type: "speaker.setCheck",
    sessionId: "opening",
    speakerId,
    item,
    done: true,
    ...(version ? { version } : {}),
  }) as Command;

describe("speaker readiness alerts, on the rehearsal clock", () => {
  it("an in-person speaker not checked in 45 minutes before: fires at 45, clears on check-in", () => {
    expect(ids(at(46))).toEqual([]);
    expect(ids(at(45))).toEqual(["speaker.not-checked-in:opening:bo"]);
    expect(ids(runCommands(at(45), { type: "speaker.checkIn", speakerId: "bo" }))).toEqual([]);
  });

  it("a remote speaker not tech-checked 30 minutes before: fires at 30, clears when tested", () => {
    const checkedIn = runCommands(at(50), { type: "speaker.checkIn", speakerId: "bo" });
    expect(ids(at(31, checkedIn))).toEqual([]);
    expect(ids(at(30, checkedIn))).toEqual(["speaker.tech-check-due:opening:ana"]);
    expect(ids(runCommands(at(30, checkedIn), tick("ana", "link-tested")))).toEqual([]);
  });

  it("any speaker not ready 15 minutes before: critical, each one, until ready", () => {
    let state = runCommands(at(50), { type: "speaker.checkIn", speakerId: "bo" }, tick("ana", "link-tested"));
    expect(ids(at(16, state))).toEqual([]);
    const due = speakerAlerts(at(15, state), OPENING_START - 15 * MINUTE);
    expect(due.map((a) => [a.id, a.severity])).toEqual([
      ["speaker.not-ready:opening:ana", "critical"],
      ["speaker.not-ready:opening:bo", "critical"],
      ["speaker.not-ready:opening:cy", "critical"],
    ]);
    state = runCommands(
      at(15, state),
      ...["camera-ok", "audio-ok", "backup-dial-in", "standby"].map((i) => tick("ana", i)),
      ...["video-received", "video-checked", "video-cued"].map((i) => tick("cy", i)),
    );
    expect(ids(state)).toEqual(["speaker.not-ready:opening:bo"]);
  });

  it("slides changed after they were loaded: fires, and clears when the new deck is loaded", () => {
    let state = runCommands(at(60), tick("bo", "slides-received", "v1"), tick("bo", "slides-loaded"));
    state = runCommands(at(55, state), tick("bo", "slides-received", "v2"));
    expect(ids(state)).toEqual(["speaker.slides-changed:opening:bo"]);
    expect(ids(runCommands(state, tick("bo", "slides-loaded")))).toEqual([]);
  });

  it("stops once the session is live: the stage manager has taken over", () => {
    const live = runCommands(at(0), { type: "session.start", sessionId: "opening" });
    expect(ids(live)).toEqual([]);
  });
});
