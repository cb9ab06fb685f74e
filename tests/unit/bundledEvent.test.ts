import { describe, expect, it } from "vitest";
import bundled from "../../events/gmf-2021.json";
import type { EventFile } from "../../shared/model";
import { formatProblem } from "../../shared/validation/problems";
import { validateEventFile } from "../../shared/validation/validateEventFile";

const TOPICS = [
  "public-health",
  "science-technology-new-infrastructure",
  "poverty-reduction",
  "climate-change",
  "urban-resilience",
  "urban-renewal",
];

function load(): EventFile {
  const result = validateEventFile(bundled);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.event;
}

function venueDay(instant: string): string {
  return instant.slice(0, 10);
}

describe("bundled event gmf-2021", () => {
  it("validates with no errors and no warnings", () => {
    const result = validateEventFile(bundled);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("is marked illustrative and keeps the published facts", () => {
    const { event } = load();
    expect(event.id).toBe("gmf-2021");
    expect(event.timeZone).toBe("Asia/Shanghai");
    expect(event.illustrative).toBe(true);
    expect(event.illustrativeNote?.en).toBeTruthy();
    expect(event.illustrativeNote?.["zh-CN"]).toBeTruthy();
    expect(event.facts).toEqual({
      activities: 24,
      online: 13,
      hybrid: 10,
      exhibition: 1,
      guests: 584,
      cities: 113,
      countries: 74,
      internationalOrganisations: 9,
      consulates: 27,
      awardShortlist: 15,
      awardWinners: 5,
    });
  });

  it("runs six days, 8 to 13 November 2021", () => {
    const { event } = load();
    expect(event.days).toEqual([
      "2021-11-08",
      "2021-11-09",
      "2021-11-10",
      "2021-11-11",
      "2021-11-12",
      "2021-11-13",
    ]);
  });

  it("has exactly 24 sessions: 13 online, 10 hybrid, 1 exhibition", () => {
    const { sessions } = load();
    expect(sessions).toHaveLength(24);
    const byKind = (kind: string) => sessions.filter((s) => s.kind === kind).length;
    expect(byKind("online")).toBe(13);
    expect(byKind("hybrid")).toBe(10);
    expect(byKind("exhibition")).toBe(1);
  });

  it("keeps the first three days mainly online (at most one other session a day)", () => {
    const { sessions } = load();
    for (const day of ["2021-11-08", "2021-11-09", "2021-11-10"]) {
      const ofDay = sessions.filter((s) => venueDay(s.start) === day);
      expect(ofDay.length).toBeGreaterThan(0);
      expect(ofDay.filter((s) => s.kind !== "online").length).toBeLessThanOrEqual(1);
    }
  });

  it("puts the exhibition in the exhibition hall from 11 to 13 November", () => {
    const { sessions, venue } = load();
    const exhibition = sessions.find((s) => s.kind === "exhibition");
    const room = venue.rooms.find((r) => r.id === exhibition?.roomId);
    expect(room?.type).toBe("exhibition");
    expect(exhibition?.start).toBe("2021-11-11T09:00:00+08:00");
    expect(exhibition?.end).toBe("2021-11-13T17:00:00+08:00");
  });

  it("covers each of the six published topics", () => {
    const { sessions } = load();
    const topics = new Set(sessions.map((s) => s.topic));
    for (const topic of TOPICS) expect(topics).toContain(topic);
    for (const session of sessions) {
      if (session.topic !== undefined) expect(TOPICS).toContain(session.topic);
    }
  });

  it("includes the four people named at the launch press conference, in the modes published", () => {
    const { people, sessions } = load();
    const names = people.speakers.map((s) => s.name);
    for (const name of ["Octavi de la Varga", "Nicholas You", "Deng Changxiong", "Emilia Saiz"]) {
      expect(names).toContain(name);
    }
    const press = sessions.find((s) => s.id === "d1-launch-press-conference");
    expect(press?.kind).toBe("hybrid");
    const modeOf = (name: string) => {
      const id = people.speakers.find((s) => s.name === name)?.id;
      return press?.speakers.find((s) => s.personId === id)?.mode;
    };
    expect(modeOf("Octavi de la Varga")).toBe("remote");
    expect(modeOf("Nicholas You")).toBe("remote");
    expect(modeOf("Deng Changxiong")).toBe("in-person");
    expect(modeOf("Emilia Saiz")).toBe("recorded");
  });

  it("includes the Guangzhou Award ceremony and the Metropolis World Congress", () => {
    const { sessions, venue } = load();
    const plenary = venue.rooms.find((r) => r.type === "plenary");
    const ceremony = sessions.find((s) =>
      /Guangzhou International Award for Urban Innovation/.test(s.title.en),
    );
    expect(ceremony?.kind).toBe("hybrid");
    expect(ceremony?.roomId).toBe(plenary?.id);
    expect(sessions.some((s) => /World Congress of Metropolis/.test(s.title.en) && s.kind === "hybrid")).toBe(
      true,
    );
    expect(sessions.some((s) => /Global Mayors' Forum: opening plenary/.test(s.title.en))).toBe(true);
  });

  it("gives every session except the exhibition two to six speakers", () => {
    const { sessions } = load();
    for (const session of sessions.filter((s) => s.kind !== "exhibition")) {
      expect(session.speakers.length, session.id).toBeGreaterThanOrEqual(2);
      expect(session.speakers.length, session.id).toBeLessThanOrEqual(6);
    }
  });

  it("has zh, en, fr and es booths on channels 1-4 in the plenary hall", () => {
    const { booths, venue } = load();
    const plenary = venue.rooms.find((r) => r.type === "plenary");
    const plenaryBooths = booths.filter((b) => b.roomId === plenary?.id);
    expect(plenaryBooths.map((b) => [b.language, b.outputChannel]).sort()).toEqual([
      ["en", 2],
      ["es", 4],
      ["fr", 3],
      ["zh", 1],
    ]);
  });

  it("has a booth for every language a session in its room needs, other than the floor", () => {
    const { booths, sessions } = load();
    for (const session of sessions.filter((s) => s.kind !== "exhibition")) {
      const languages = booths.filter((b) => b.roomId === session.roomId).map((b) => b.language);
      for (const code of session.languages) expect(languages, session.id).toContain(code);
    }
  });

  it("gives every room and booth its devices", () => {
    const { booths, devices, sessions, venue } = load();
    const kindsIn = (roomId: string) => devices.filter((d) => d.roomId === roomId).map((d) => d.kind);
    for (const booth of booths) {
      const consoles = devices.filter((d) => d.boothId === booth.id && d.kind === "booth-console");
      expect(consoles.length, booth.id).toBeGreaterThanOrEqual(1);
      expect(consoles.every((d) => d.required)).toBe(true);
    }
    const sessionRooms = new Set(sessions.map((s) => s.roomId));
    for (const roomId of sessionRooms) {
      expect(
        devices.some((d) => d.roomId === roomId && d.kind === "room-controller" && d.required),
        roomId,
      ).toBe(true);
    }
    const streamed = new Set(sessions.filter((s) => s.kind !== "exhibition").map((s) => s.roomId));
    for (const room of venue.rooms) {
      const kinds = kindsIn(room.id);
      if (room.type === "plenary" || room.type === "meeting") {
        expect(kinds, room.id).toContain("stage-timer");
        expect(kinds, room.id).toContain("door-panel");
      }
      if (room.type === "studio" || room.type === "plenary" || streamed.has(room.id)) {
        expect(
          devices.some((d) => d.roomId === room.id && d.kind === "encoder" && d.required),
          room.id,
        ).toBe(true);
      }
      if (room.type === "press") {
        expect(kinds).toEqual(expect.arrayContaining(["room-controller", "encoder", "door-panel"]));
      }
      if (room.type === "exhibition") {
        expect(kinds).toEqual(expect.arrayContaining(["room-controller", "door-panel"]));
      }
      if (room.type === "registration") {
        expect(kinds.filter((k) => k === "checkin-kiosk")).toHaveLength(2);
      }
      if (room.type === "green-room") {
        expect(kinds).toContain("checkin-kiosk");
      }
    }
  });

  it("keeps sessions within venue working hours and a plausible length", () => {
    const { sessions } = load();
    for (const session of sessions.filter((s) => s.kind !== "exhibition")) {
      expect(session.start.endsWith("+08:00"), session.id).toBe(true);
      expect(session.start.slice(11, 16) >= "09:00", session.id).toBe(true);
      expect(session.end.slice(11, 16) <= "18:00", session.id).toBe(true);
      const minutes = (Date.parse(session.end) - Date.parse(session.start)) / 60_000;
      expect(minutes, session.id).toBeGreaterThanOrEqual(60);
      expect(minutes, session.id).toBeLessThanOrEqual(150);
    }
  });
});
