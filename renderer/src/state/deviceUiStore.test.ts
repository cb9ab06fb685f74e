import { expect, it } from "vitest";
import type { JournalEvent } from "../../../shared/journal/journalEvents";
import { appendRecent } from "./deviceUiStore";

const actor = { operator: "t", role: "operator", workstation: "t" };
const deviceEvent = (seq: number, deviceId: string): JournalEvent => ({
  type: "device.event",
  deviceId,
  name: "help-request",
  data: {},
  seq,
  at: "2021-11-08T00:00:00Z",
  actor,
});

it("keeps the last events per device and ignores events about other things", () => {
  const clock: JournalEvent = { type: "clock.set", clock: { mode: "wall" }, seq: 1, at: "x", actor };
  let recent = appendRecent({}, [clock, deviceEvent(2, "a"), deviceEvent(3, "b")], 3);
  recent = appendRecent(
    recent,
    [4, 5, 6].map((seq) => deviceEvent(seq, "a")),
    3,
  );
  expect(recent.a?.map((e) => e.seq)).toEqual([4, 5, 6]);
  expect(recent.b?.map((e) => e.seq)).toEqual([3]);
  expect(Object.keys(recent)).toEqual(["a", "b"]);
});
