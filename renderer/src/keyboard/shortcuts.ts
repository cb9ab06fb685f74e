import type { ParseKeys } from "i18next";

export interface ShortcutHelp {
  /** Keys as printed on the keyboard. */
  keys: string[];
  description: ParseKeys;
}

/** The list the help overlay shows; useShortcuts implements exactly these. */
export const SHORTCUT_HELP: ShortcutHelp[] = [
  { keys: ["O"], description: "shortcuts.overview" },
  { keys: ["D"], description: "shortcuts.devices" },
  { keys: ["W"], description: "shortcuts.room" },
  { keys: ["I"], description: "shortcuts.interpretation" },
  { keys: ["P"], description: "shortcuts.speakers" },
  { keys: ["J"], description: "shortcuts.log" },
  { keys: ["!"], description: "shortcuts.alerts" },
  { keys: ["U"], description: "shortcuts.programme" },
  { keys: ["1", "…", "6"], description: "shortcuts.day" },
  { keys: ["0"], description: "shortcuts.allDays" },
  { keys: ["T"], description: "shortcuts.today" },
  { keys: ["+"], description: "shortcuts.zoomIn" },
  { keys: ["−"], description: "shortcuts.zoomOut" },
  { keys: ["["], description: "shortcuts.floorPrev" },
  { keys: ["]"], description: "shortcuts.floorNext" },
  { keys: ["L"], description: "shortcuts.language" },
  { keys: ["C"], description: "shortcuts.clock" },
  { keys: ["A"], description: "shortcuts.about" },
  { keys: ["?"], description: "shortcuts.help" },
  { keys: ["Esc"], description: "shortcuts.close" },
  // Room view only (the stage manager's keys).
  { keys: ["B"], description: "shortcuts.roomStandbyCue" },
  { keys: ["G", "Space"], description: "shortcuts.roomGo" },
  { keys: ["H"], description: "shortcuts.roomHold" },
  { keys: ["R"], description: "shortcuts.roomResume" },
  { keys: ["Shift", "S"], description: "shortcuts.roomStart" },
  { keys: ["Shift", "E"], description: "shortcuts.roomEnd" },
  { keys: ["M"], description: "shortcuts.roomMessage" },
  // Speakers view only.
  { keys: ["/"], description: "shortcuts.speakersSearch" },
  { keys: ["N"], description: "shortcuts.speakersNotReady" },
];
