import { expect, it } from "vitest";
import { miniEvent } from "../../tests/fixtures/miniEvent";
import { EventFile } from "../model/eventFile";
import { roomNowNext } from "./roomNowNext";

it("finds the room's session on now and the next to start", () => {
  const { sessions } = EventFile.parse(miniEvent());
  const at = (iso: string) => roomNowNext(sessions, "hall", Date.parse(iso));
  expect(at("2021-11-08T08:00:00+08:00")).toMatchObject({ current: null, next: { id: "opening" } });
  expect(at("2021-11-08T09:30:00+08:00")).toMatchObject({ current: { id: "opening" }, next: null });
  expect(at("2021-11-08T10:30:00+08:00")).toEqual({ current: null, next: null });
  expect(roomNowNext(sessions, "studio", Date.parse("2021-11-08T09:30:00+08:00")).next?.id).toBe("webinar");
});
