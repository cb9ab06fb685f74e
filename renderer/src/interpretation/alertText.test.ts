import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import type { Alert } from "../../../shared/live/liveState";
import { EventFile } from "../../../shared/model/eventFile";
import { miniEvent } from "../../../tests/fixtures/miniEvent";
import en from "../i18n/en.json";
import zhCN from "../i18n/zh-CN.json";
import { alertConcernsBooth, alertText } from "./alertText";
import { makeNames } from "./names";

const event = EventFile.parse(miniEvent());
const alert = (rule: string, params: Alert["params"], subject: Alert["subject"]): Alert => ({
  id: `${rule}:x`,
  rule,
  severity: "critical",
  subject,
  message: "the hub's English text",
  params,
  raisedAt: "2021-11-08T01:30:00.000Z",
  acknowledged: null,
  resolvedAt: null,
  escalatedAt: null,
});

const booth = { type: "booth", id: "hall-en" } as const;
const ALERTS: Alert[] = [
  alert(
    "interpretation.double-mic",
    { room: "hall", channel: 2, booths: "hall-zh, hall-en" },
    { type: "room", id: "hall" },
  ),
  alert("interpretation.silent", { booth: "hall-en", channel: 2, language: "en", seconds: 20 }, booth),
  alert("interpretation.turn-overdue", { booth: "hall-en", interpreter: "li", minutes: 30 }, booth),
  alert(
    "interpretation.pivot-at-risk",
    { booth: "hall-zh", reason: "silent", dependents: "hall-en" },
    { type: "booth", id: "hall-zh" },
  ),
  alert("interpretation.booth-offline", { booth: "hall-en", session: "opening", status: "offline" }, booth),
  alert(
    "interpretation.unstaffed",
    { session: "opening", language: "en" },
    { type: "session", id: "opening" },
  ),
];

describe("interpretation alerts in the console's language", () => {
  beforeAll(async () => {
    await i18next.init({
      resources: { en: { translation: en }, "zh-CN": { translation: zhCN } },
      lng: "en",
      interpolation: { escapeValue: false },
    });
  });

  it("names booths, people, sessions and languages from the event, in both languages", async () => {
    for (const lng of ["en", "zh-CN"] as const) {
      await i18next.changeLanguage(lng);
      const names = makeNames(event, lng, i18next.t);
      for (const a of ALERTS) {
        const text = alertText(a, names, i18next.t, (id) => id);
        expect(text, `${lng} ${a.rule}`).not.toMatch(/\{\{|hall-|opening|^the hub/);
      }
    }
    await i18next.changeLanguage("en");
    const names = makeNames(event, "en", i18next.t);
    const [doubleMic, silent, overdue, pivot] = ALERTS.map((a) => alertText(a, names, i18next.t, (id) => id));
    expect(doubleMic).toBe("Two live microphones on channel 2 in Hall: Chinese booth, English booth");
    expect(silent).toBe("English booth: channel 2 silent for more than 20 s");
    expect(overdue).toBe("Li Example (English booth) is past the 30-minute turn");
    expect(pivot).toBe("Pivot Chinese booth silent: English booth take relay from it");
  });

  it("falls back to the hub's text for a rule it does not know", () => {
    const names = makeNames(event, "en", i18next.t);
    expect(alertText(alert("stream.congested", {}, booth), names, i18next.t, (id) => id)).toBe(
      "the hub's English text",
    );
  });

  it("puts an alert on the cards it concerns: its booth, both booths of a double microphone, a pivot's dependents", () => {
    const [doubleMic, silent, , pivot] = ALERTS as [Alert, Alert, Alert, Alert];
    expect(alertConcernsBooth(silent, "hall-en", [])).toBe(true);
    expect(alertConcernsBooth(silent, "hall-zh", [])).toBe(false);
    expect(alertConcernsBooth(doubleMic, "hall-zh", [])).toBe(true);
    expect(alertConcernsBooth(pivot, "hall-en", [])).toBe(true);
    const offline = alert("device.offline", {}, { type: "device", id: "hall-zh-console" });
    expect(alertConcernsBooth(offline, "hall-zh", ["hall-zh-console"])).toBe(true);
    expect(alertConcernsBooth(offline, "hall-en", [])).toBe(false);
  });
});
