import { BrowserWindow, screen } from "electron";
import type Store from "electron-store";
import type { Preferences } from "../preferences";
import { hubPageUrl, type WindowKind, windowOptions, windowTitle } from "../windowOptions";
import type { MenuAction, PopoutView } from "./bridgeContract";
import { SHELL_IPC } from "./bridgeContract";
import {
  captureWindow,
  type DisplayInfo,
  MAIN_MIN,
  type PlacedWindow,
  POPOUT_MIN,
  popoutPlacement,
  rescueOffscreen,
  restoreLayout,
  type WindowLayout,
} from "./displayLayout";
import type { MenuLanguage } from "./menuText";
import { unreachablePage } from "./unreachablePage";

const RETRY_SECONDS = 5;

interface Managed {
  view: PopoutView | null;
  retry?: NodeJS.Timeout;
  /** Closed by the app (quitting, the main console closing), not by its operator: it stays in the layout. */
  keep?: boolean;
}

function displays(): DisplayInfo[] {
  return screen.getAllDisplays().map((d) => ({ id: d.id, bounds: d.bounds, workArea: d.workArea }));
}

/**
 * The console windows: the main one and any pop-outs, each a client of the same hub. Placement and the
 * saved layout are pure functions (displayLayout.ts); this class only applies them to BrowserWindows.
 */
export class WindowManager {
  private readonly windows = new Map<BrowserWindow, Managed>();
  private saveTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly options: {
      hubUrl: string;
      preload: string;
      store: Store<Preferences>;
      language: () => MenuLanguage;
    },
  ) {
    screen.on("display-removed", () => this.rescueWindows());
    screen.on("display-metrics-changed", () => this.rescueWindows());
  }

  get count(): number {
    return this.windows.size;
  }

  /** Opens the windows of the saved layout (or the main console alone), each on its monitor. */
  restore(): void {
    if (this.mainWindow()) return;
    const primaryId = screen.getPrimaryDisplay().id;
    const layout = this.options.store.get("windowLayout") ?? this.legacyLayout();
    for (const placed of restoreLayout(layout, displays(), primaryId)) this.open(placed);
  }

  mainWindow(): BrowserWindow | undefined {
    for (const [window, managed] of this.windows) if (managed.view === null) return window;
    return undefined;
  }

  /** Shows the main console, opening it (with the saved pop-outs) if none is open. */
  showMain(): void {
    const main = this.mainWindow();
    if (!main) {
      this.restore();
      return;
    }
    if (main.isMinimized()) main.restore();
    main.show();
    main.focus();
  }

  /** One window per view: popping out a view that is already out brings its window forward. */
  popOut(view: PopoutView): void {
    for (const [window, managed] of this.windows) {
      if (managed.view === view) {
        window.show();
        window.focus();
        return;
      }
    }
    const primaryId = screen.getPrimaryDisplay().id;
    const main = this.mainWindow();
    const mainDisplay = main ? screen.getDisplayMatching(main.getBounds()).id : primaryId;
    const placement = popoutPlacement(displays(), primaryId, mainDisplay, this.windows.size - (main ? 1 : 0));
    this.open({ view, ...placement, fullScreen: false, kiosk: false, onSavedDisplay: true });
    this.scheduleSave();
  }

  /** Menu actions go to the focused console window, views to the main one (a pop-out shows one view). */
  sendAction(action: MenuAction): void {
    const focused = BrowserWindow.getFocusedWindow();
    const managed = focused ? this.windows.get(focused) : undefined;
    const toMain = action.startsWith("view.") || !focused || !managed || managed.view !== null;
    const target = toMain ? (this.mainWindow() ?? focused) : focused;
    if (!target || target.isDestroyed()) return;
    if (toMain && target !== focused) target.focus();
    target.webContents.send(SHELL_IPC.menuAction, action);
  }

  /** Kiosk on the focused window (a wall display); again to leave it. */
  toggleKiosk(): void {
    const window = BrowserWindow.getFocusedWindow();
    if (!window || !this.windows.has(window)) return;
    const on = !window.isKiosk();
    window.setKiosk(on);
    window.setAutoHideMenuBar(on);
    this.scheduleSave();
  }

  /** Every window back on the primary monitor, out of kiosk and full screen. */
  resetLayout(): void {
    const primary = screen.getPrimaryDisplay();
    const all = displays();
    let step = 0;
    for (const [window, managed] of this.windows) {
      window.setKiosk(false);
      window.setFullScreen(false);
      const place = managed.view === null ? null : popoutPlacement(all, primary.id, primary.id, step++);
      if (place) window.setBounds(place.bounds);
      else window.setBounds({ ...primary.workArea });
    }
    this.saveNow();
  }

  /** Remembers every open window; called on moves (debounced) and before quitting. */
  saveNow(): void {
    clearTimeout(this.saveTimer);
    if (this.windows.size === 0) return;
    const primaryId = screen.getPrimaryDisplay().id;
    const all = displays();
    const layout: WindowLayout = {
      version: 1,
      windows: [...this.windows].map(([window, managed]) =>
        captureWindow(
          {
            view: managed.view,
            bounds: window.getNormalBounds(),
            fullScreen: window.isFullScreen(),
            kiosk: window.isKiosk(),
          },
          all,
          primaryId,
        ),
      ),
    };
    this.options.store.set("windowLayout", layout);
  }

  /** Saves the layout and marks every window as closed by the app, so each one comes back next time. */
  prepareQuit(): void {
    this.saveNow();
    for (const managed of this.windows.values()) managed.keep = true;
  }

  /** Closes every window, keeping the layout they had (the main console closing). */
  closeAll(except?: BrowserWindow): void {
    this.prepareQuit();
    for (const window of [...this.windows.keys()]) {
      if (window !== except && !window.isDestroyed()) window.close();
    }
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveNow(), 1000);
  }

  /** The main window's bounds as saved before per-monitor layouts, if any. */
  private legacyLayout(): WindowLayout | undefined {
    const bounds = this.options.store.get("windowBounds");
    if (!bounds || bounds.x === undefined || bounds.y === undefined) return undefined;
    const rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height };
    const display = screen.getDisplayMatching(rect);
    return {
      version: 1,
      windows: [
        {
          view: null,
          displayId: display.id,
          displayBounds: display.bounds,
          bounds: rect,
          fullScreen: false,
          kiosk: false,
        },
      ],
    };
  }

  private rescueWindows(): void {
    const primaryId = screen.getPrimaryDisplay().id;
    const all = displays();
    for (const [window, managed] of this.windows) {
      const moved = rescueOffscreen(window.getBounds(), all, primaryId, managed.view ? POPOUT_MIN : MAIN_MIN);
      if (moved) {
        window.setKiosk(false);
        window.setFullScreen(false);
        window.setBounds(moved);
      }
    }
  }

  private open(placed: PlacedWindow): BrowserWindow {
    const kind: WindowKind = placed.view === null ? "console" : placed.kiosk ? "wall" : "popout";
    const { hubUrl } = this.options;
    const window = new BrowserWindow(
      windowOptions({
        kind,
        preload: this.options.preload,
        bounds: placed.bounds,
        hubUrl,
        ...(placed.view ? { view: placed.view } : {}),
      }),
    );
    const managed: Managed = { view: placed.view };
    this.windows.set(window, managed);
    window.once("ready-to-show", () => {
      // A wall window is built in kiosk mode; a main console saved in kiosk mode goes back into it.
      if (placed.kiosk && !window.isKiosk()) window.setKiosk(true);
      else if (placed.fullScreen && !placed.kiosk) window.setFullScreen(true);
      window.show();
    });
    window.webContents.on("page-title-updated", (event, title) => {
      event.preventDefault();
      window.setTitle(windowTitle(title, hubUrl, placed.view));
    });
    // The hub may be down (client mode): say so plainly and keep trying.
    window.webContents.on("did-fail-load", (_event, code, description, _url, isMainFrame) => {
      if (!isMainFrame || code === -3 || window.isDestroyed()) return;
      void window.loadURL(unreachablePage(hubUrl, description, RETRY_SECONDS, this.options.language()));
      clearTimeout(managed.retry);
      managed.retry = setTimeout(() => this.load(window, managed), RETRY_SECONDS * 1000);
    });
    for (const change of ["move", "resize", "enter-full-screen", "leave-full-screen"] as const) {
      window.on(change as "move", () => this.scheduleSave());
    }
    window.on("close", () => {
      // The main console closing closes the pop-outs too, and every window comes back at the next start.
      if (managed.view === null && !managed.keep) this.closeAll(window);
    });
    window.on("closed", () => {
      clearTimeout(managed.retry);
      this.windows.delete(window);
      // A pop-out its operator closed stays closed next time.
      if (!managed.keep) this.saveNow();
    });
    this.load(window, managed);
    return window;
  }

  private load(window: BrowserWindow, managed: Managed): void {
    if (window.isDestroyed()) return;
    void window.loadURL(hubPageUrl(this.options.hubUrl, managed.view)).catch(() => undefined);
  }
}
