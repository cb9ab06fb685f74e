import { describe, expect, it } from "vitest";
import { miniEvent } from "../../tests/fixtures/miniEvent";
import { formatProblem } from "./problems";
import { validateEventFile } from "./validateEventFile";

const messages = (input: unknown) => validateEventFile(input).problems.map(formatProblem);

describe("validateEventFile", () => {
  it("accepts a valid event", () => {
    const result = validateEventFile(miniEvent());
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("names the path and the offending value of an unknown room", () => {
    const event = miniEvent();
    event.sessions[1]!.roomId = "hall-9";
    expect(messages(event)).toContain('sessions[1].roomId: unknown room "hall-9"');
  });

  it("reports shape errors with their path", () => {
    const event = miniEvent() as unknown as { sessions: { kind: string }[] };
    event.sessions[0]!.kind = "webcast";
    const result = validateEventFile(event);
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.path).toBe("sessions[0].kind");
  });

  it("finds every problem, not only the first", () => {
    const event = miniEvent();
    event.sessions[0]!.end = "2021-11-08T08:00:00+08:00";
    event.booths[1]!.outputChannel = 1;
    event.devices[1]!.boothId = "hall-fr";
    event.venue.rooms[1]!.id = "hall";
    event.people.speakers[0]!.timeZone = "Mars/Olympus";
    const found = messages(event);
    expect(found).toEqual(
      expect.arrayContaining([
        'sessions[0].end: must be after start (2021-11-08T09:00:00+08:00) "2021-11-08T08:00:00+08:00"',
        "booths[1].outputChannel: channel already used by booths[0] in the same room 1",
        'devices[1].boothId: unknown booth "hall-fr"',
        'venue.rooms[1].id: duplicate id "hall"',
        'people.speakers[0].timeZone: unknown IANA time zone "Mars/Olympus"',
      ]),
    );
  });

  it("rejects overlapping sessions in one room and sessions outside the event's days", () => {
    const event = miniEvent();
    event.sessions[1]!.roomId = "hall";
    event.sessions[1]!.start = "2021-11-08T10:00:00+08:00";
    event.sessions[1]!.end = "2021-11-08T11:00:00+08:00";
    expect(messages(event)).toContain(
      'sessions[1].start: overlaps sessions[0] in the same room "2021-11-08T10:00:00+08:00"',
    );
    const late = miniEvent();
    late.sessions[1]!.start = "2021-11-10T09:00:00+08:00";
    late.sessions[1]!.end = "2021-11-10T10:00:00+08:00";
    expect(messages(late)[0]).toMatch(/^sessions\[1\]\.start: outside the event's days/);
  });

  it("keeps the true instant of a time given with another offset", () => {
    const event = miniEvent();
    // 01:00 UTC is 09:00 in Guangzhou: the same instant as the original start.
    event.sessions[0]!.start = "2021-11-08T01:00:00Z";
    expect(validateEventFile(event).ok).toBe(true);
  });

  it("checks booth assignments: session, booth in its room, interpreters into the booth's language, relay", () => {
    const event = miniEvent();
    event.assignments = [
      { sessionId: "opening", boothId: "hall-en", interpreterIds: ["li", "nobody"], relaySource: "hall-en" },
      { sessionId: "webinar", boothId: "hall-zh", interpreterIds: ["li"] },
      { sessionId: "opening", boothId: "hall-en", interpreterIds: ["li"] },
      { sessionId: "gone", boothId: "hall-zh", interpreterIds: ["li"] },
    ];
    expect(messages(event)).toEqual([
      'assignments[0].interpreterIds[1]: unknown interpreter "nobody"',
      'assignments[0].relaySource: must be "floor" or another booth in room "hall" "hall-en"',
      'assignments[1].boothId: booth is in room "hall", the session in "studio" "hall-zh"',
      "assignments[2].boothId: booth already assigned for this session in assignments[0]",
      'assignments[3].sessionId: unknown session "gone"',
    ]);
  });

  it("never throws on garbage", () => {
    for (const input of [null, 42, "text", [], { schemaVersion: 99 }]) {
      expect(validateEventFile(input).ok).toBe(false);
    }
  });
});
