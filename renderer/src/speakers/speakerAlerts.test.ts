import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import type { Alert } from "../../../shared/live/liveState";
import { readinessEvent } from "../../../tests/fixtures/readinessEvent";
import en from "../i18n/en.json";
import zhCN from "../i18n/zh-CN.json";
import { alertText } from "../interpretation/alertText";
import { makeNames } from "../interpretation/names";

const event = readinessEvent();
const speakerAlert = (rule: string, severity: Alert["severity"]): Alert => ({
  id: `${rule}:opening:bo`,
  rule,
  severity,
  subject: { type: "speaker", id: "opening|bo" },
  message: "the hub's English text",
  params: { session: "opening", speaker: "bo", name: "Bo Example" },
  raisedAt: "2021-11-08T00:30:00.000Z",
  acknowledged: null,
  resolvedAt: null,
  escalatedAt: null,
});
const RULES = [
  "speaker.not-checked-in",
  "speaker.tech-check-due",
  "speaker.not-ready",
  "speaker.slides-changed",
] as const;

describe("speaker alerts in the console's language", () => {
  beforeAll(async () => {
    await i18next.init({
      resources: { en: { translation: en }, "zh-CN": { translation: zhCN } },
      lng: "en",
      interpolation: { escapeValue: false },
    });
  });

  it("names the speaker and the session, in English and Chinese", async () => {
    await i18next.changeLanguage("en");
    const names = makeNames(event, "en", i18next.t);
    const texts = RULES.map((rule) => alertText(speakerAlert(rule, "warning"), names, i18next.t, (id) => id));
    expect(texts).toEqual([
      "Bo Example has not checked in for Opening",
      "Bo Example (remote) has not had the tech check for Opening",
      "Bo Example is not ready for Opening",
      "Bo Example's slides changed after they were loaded for Opening",
    ]);

    await i18next.changeLanguage("zh-CN");
    const zhNames = makeNames(event, "zh-CN", i18next.t);
    // The console's own name for the speaker (here in Chinese) wins over the one the hub sent.
    const nameOf = (id: string) => (id === "bo" ? "薄例" : id);
    expect(
      alertText(speakerAlert("speaker.not-ready", "critical"), zhNames, i18next.t, (id) => id, nameOf),
    ).toBe("薄例 尚未就绪：开幕式");
    for (const rule of RULES) {
      const text = alertText(speakerAlert(rule, "warning"), zhNames, i18next.t, (id) => id);
      expect(text, rule).toMatch(/^Bo Example.*开幕式$/);
      expect(text, rule).not.toMatch(/\{\{|hub's/);
    }
  });

  it("falls back to the hub's text for a speaker rule it does not know", () => {
    const names = makeNames(event, "en", i18next.t);
    expect(alertText(speakerAlert("speaker.dressing-room", "info"), names, i18next.t, (id) => id)).toBe(
      "the hub's English text",
    );
  });
});
