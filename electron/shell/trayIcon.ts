import { existsSync } from "node:fs";
import { app, Menu, nativeImage, Tray } from "electron";
import type { AlertCounts } from "./bridgeContract";
import type { MenuLanguage } from "./menuText";
import { menuText } from "./menuText";
import { trayLabel } from "./trayLabel";

/**
 * The tray icon with the open alerts by severity. The counts come from the consoles (the same numbers as
 * their alert rail); with no console window open they are shown as unknown rather than as stale numbers.
 */
export class TrayIcon {
  private readonly tray: Tray;
  private counts: AlertCounts | null = null;
  private eventName: string | null = null;

  constructor(
    iconFile: string,
    private readonly options: {
      hubUrl: string;
      language: () => MenuLanguage;
      openConsole: () => void;
      quit: () => void;
    },
  ) {
    const image = existsSync(iconFile) ? nativeImage.createFromPath(iconFile) : nativeImage.createEmpty();
    this.tray = new Tray(image.isEmpty() ? image : image.resize({ width: 22, height: 22 }));
    this.tray.on("click", () => options.openConsole());
    this.render();
  }

  update(counts: AlertCounts | null, eventName: string | null): void {
    this.counts = counts;
    this.eventName = eventName ?? this.eventName;
    this.render();
  }

  destroy(): void {
    this.tray.destroy();
  }

  render(): void {
    const language = this.options.language();
    const label = trayLabel(this.counts, language, this.options.hubUrl, this.eventName);
    this.tray.setToolTip(label.tooltip);
    if (process.platform === "darwin") this.tray.setTitle(label.title);
    app.setBadgeCount(label.badge);
    this.tray.setContextMenu(
      Menu.buildFromTemplate([
        ...label.lines.map((line) => ({ label: line, enabled: false })),
        { type: "separator" },
        { label: menuText(language, "trayOpen"), click: this.options.openConsole },
        { label: menuText(language, "trayQuit"), click: this.options.quit },
      ]),
    );
  }
}
