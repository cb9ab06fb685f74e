import type { Actor } from "../../../shared/live/liveState";
import type { Locale } from "../../../shared/model/common";
import type { EventFile } from "../../../shared/model/eventFile";
import type { Speaker } from "../../../shared/model/people";

/** The name a speaker goes by in the current language: the Chinese one in Chinese, where they have one. */
export function speakerName(speaker: Speaker, locale: Locale | string): string {
  return locale === "zh-CN" && speaker.nameZh ? speaker.nameZh : speaker.name;
}

/** Their name in the other script, so both can be read off the board; null when there is only one. */
export function otherScriptName(speaker: Speaker, locale: Locale): string | null {
  if (!speaker.nameZh) return null;
  return locale === "zh-CN" ? speaker.name : speaker.nameZh;
}

/** Who ticked an item: the operator, or the label of the device (a check-in kiosk) that did it. */
export function actorName(by: Actor, event: EventFile): string {
  if (by.role !== "device") return by.operator;
  return event.devices.find((d) => d.id === by.operator)?.label ?? by.operator;
}
