import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  app,
  dialog,
  type IpcMainEvent,
  type IpcMainInvokeEvent,
  ipcMain,
  Menu,
  Notification,
  safeStorage,
  session,
} from "electron";
import Store from "electron-store";
import { type RunningHub, startHub } from "./hub/startHub";
import { type BridgePreferences, DEFAULT_PREFERENCES, IPC, type Preferences } from "./preferences";
import { type HubInfo, SHELL_IPC, type ShellStatus } from "./shell/bridgeContract";
import { type HubTarget, parseShellArgs, resolveHubTarget, type SavedClientHub } from "./shell/clientMode";
import { NoticeBoard, parseNotice } from "./shell/desktopNotices";
import { aboutBox, buildMenuTemplate } from "./shell/menuTemplate";
import type { MenuLanguage } from "./shell/menuText";
import { SiteOrigins } from "./shell/siteOrigins";
import { TrayIcon } from "./shell/trayIcon";
import { parseShellStatus } from "./shell/trayLabel";
import { WindowManager } from "./shell/windowManager";
import { permissionGranted, withCsp } from "./windowOptions";

// The desktop shell stays thin: it starts the hub in-process (or, in client mode, uses another PC's) and
// shows the hub's own console page in every window.
const here = dirname(fileURLToPath(import.meta.url));
const args = parseShellArgs(process.argv, process.env);
let hub: RunningHub | undefined;
let windows: WindowManager | undefined;
let tray: TrayIcon | undefined;
let status: ShellStatus | null = null;

// Timers of a console behind other windows must keep running (clocks, escalation).
app.commandLine.appendSwitch("disable-renderer-backgrounding");
const SITE_REFRESH_MS = 10_000;

// A second copy hands over to the first (second-instance) and never starts: two hubs on one journal.
const firstInstance = app.requestSingleInstanceLock();
if (!firstInstance) app.exit(0);

function lockDown(site: SiteOrigins): void {
  const { defaultSession } = session;
  defaultSession.setPermissionRequestHandler((_contents, permission, grant) =>
    grant(permissionGranted(permission)),
  );
  defaultSession.setPermissionCheckHandler((_contents, permission) => permissionGranted(permission));
  // The hub sends its CSP with every page; an older hub in client mode may not, so one is added then.
  defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders ?? {}) });
  });
  app.on("web-contents-created", (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: "deny" }));
    const lock = (event: { preventDefault(): void }, url: string) => {
      if (!site.allows(url)) event.preventDefault();
    };
    contents.on("will-navigate", lock);
    contents.on("will-redirect", lock);
    contents.on("will-attach-webview", (event) => event.preventDefault());
  });
}

function savedClientHub(store: Store<Preferences>): SavedClientHub | null {
  const url = store.get("clientHub");
  if (!url) return null;
  const sealed = store.get("clientHubCode");
  let accessCode: string | null = null;
  if (sealed && safeStorage.isEncryptionAvailable()) {
    try {
      accessCode = safeStorage.decryptString(Buffer.from(sealed, "base64"));
    } catch {
      accessCode = null;
    }
  }
  return { url, accessCode };
}

function rememberClientHub(store: Store<Preferences>, target: Extract<HubTarget, { mode: "client" }>): void {
  store.set("clientHub", target.url);
  // The code is kept only where the operating system can encrypt it; otherwise it is asked for each time.
  if (target.accessCode && safeStorage.isEncryptionAvailable()) {
    store.set("clientHubCode", safeStorage.encryptString(target.accessCode).toString("base64"));
  } else store.delete("clientHubCode");
}

function registerIpc(
  store: Store<Preferences>,
  info: HubInfo,
  notices: NoticeBoard<Notification>,
  site: SiteOrigins,
): void {
  const fromHub = (event: IpcMainInvokeEvent | IpcMainEvent) => site.allows(event.senderFrame?.url ?? "");
  ipcMain.handle(IPC.getPreferences, (event): BridgePreferences | null =>
    fromHub(event) ? { language: store.get("language"), role: store.get("role") } : null,
  );
  ipcMain.handle(IPC.setPreference, (event, key: unknown, value: unknown) => {
    if (!fromHub(event)) return;
    if (key === "language" && (value === "en" || value === "zh-CN")) store.set("language", value);
    if (key === "role" && typeof value === "string" && value.length <= 40) store.set("role", value);
  });
  ipcMain.on(SHELL_IPC.hubInfo, (event) => {
    event.returnValue = fromHub(event) ? info : null;
  });
  ipcMain.on(SHELL_IPC.status, (event, value: unknown) => {
    const next = fromHub(event) ? parseShellStatus(value) : null;
    // Reported on every change of the alerts; the tray and menu are rebuilt only when what they show changed.
    if (!next || JSON.stringify(next) === JSON.stringify(status)) return;
    const languageChanged = next.language !== status?.language;
    status = next;
    tray?.update(next.alerts, next.eventName);
    if (languageChanged) rebuildMenu(store, info);
  });
  ipcMain.on(SHELL_IPC.notify, (event, value: unknown) => {
    const notice = fromHub(event) ? parseNotice(value) : null;
    if (!notice || !Notification.isSupported()) return;
    const shown = new Notification({
      title: notice.title,
      body: notice.body,
      urgency: "critical",
      timeoutType: "never",
    });
    shown.on("click", () => {
      windows?.showMain();
      const main = windows?.mainWindow();
      const subject = notice.subject;
      if (!main || !subject) return;
      // A console just opened for it gets the subject once its page can listen.
      const focus = () => main.webContents.send(SHELL_IPC.focusSubject, subject);
      if (main.webContents.isLoading()) main.webContents.once("did-finish-load", focus);
      else focus();
    });
    shown.on("close", () => notices.forget(notice.tag, shown));
    notices.show(notice.tag, shown);
    shown.show();
  });
}

const menuLanguage = (store: Store<Preferences>): MenuLanguage => status?.language ?? store.get("language");

function showAbout(store: Store<Preferences>, info: HubInfo): void {
  const text = aboutBox({
    language: menuLanguage(store),
    version: app.getVersion(),
    electronVersion: process.versions.electron ?? "",
    hubUrl: info.url,
    eventName: status?.eventName ?? null,
    illustrativeNote: status?.illustrativeNote ?? null,
  });
  void dialog.showMessageBox({ type: "info", title: text.title, message: text.message, detail: text.detail });
}

function rebuildMenu(store: Store<Preferences>, info: HubInfo): void {
  const template = buildMenuTemplate(
    {
      language: menuLanguage(store),
      hubUrl: info.url,
      mode: info.mode,
      keepRunning: store.get("keepRunning"),
      savedClientHub: store.get("clientHub") !== undefined,
      isPackaged: app.isPackaged,
      platform: process.platform,
    },
    {
      action: (action) => windows?.sendAction(action),
      popOut: (view) => windows?.popOut(view),
      toggleKiosk: () => windows?.toggleKiosk(),
      resetLayout: () => windows?.resetLayout(),
      setKeepRunning: (on) => {
        store.set("keepRunning", on);
        rebuildMenu(store, info);
      },
      forgetClientHub: () => {
        store.delete("clientHub");
        store.delete("clientHubCode");
        rebuildMenu(store, info);
      },
      about: () => showAbout(store, info),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  tray?.render();
}

async function hubFor(target: HubTarget): Promise<HubInfo> {
  if (target.mode === "client") return { url: target.url, mode: "client", accessCode: target.accessCode };
  hub = await startHub({
    dataDir: join(app.getPath("userData"), args.demo ? "demo" : "hub"),
    demo: args.demo,
    port: args.port ?? 0,
    ...(args.host ? { host: args.host } : {}),
    ...(args.accessCode ? { accessCode: args.accessCode } : {}),
  });
  return { url: hub.url, mode: "local", accessCode: args.accessCode };
}

async function start(): Promise<void> {
  if (args.error) {
    dialog.showErrorBox("Venue Ops Console", args.error);
    app.exit(2);
    return;
  }
  app.setAppUserModelId("org.venue-ops.console");
  const store = new Store<Preferences>({ defaults: DEFAULT_PREFERENCES });
  const target = resolveHubTarget(args, savedClientHub(store));
  if (target.mode === "client") {
    if (args.remember && target.source === "arguments") rememberClientHub(store, target);
  }
  const info = await hubFor(target);
  // Windows may move to another hub of the site after a take-over; the list is refreshed while it answers.
  const site = new SiteOrigins(info.url);
  const readHealth = (url: string) =>
    fetch(url, { signal: AbortSignal.timeout(3000) }).then((answer) => (answer.ok ? answer.json() : null));
  void site.refresh(readHealth);
  setInterval(() => void site.refresh(readHealth), SITE_REFRESH_MS).unref();
  lockDown(site);
  registerIpc(store, info, new NoticeBoard<Notification>(), site);
  windows = new WindowManager({
    hubUrl: info.url,
    preload: join(here, "preload.cjs"),
    store,
    language: () => menuLanguage(store),
  });
  tray = new TrayIcon(join(here, "..", "..", "build", "icons", "32x32.png"), {
    hubUrl: info.url,
    language: () => menuLanguage(store),
    openConsole: () => windows?.showMain(),
    quit: () => app.quit(),
  });
  rebuildMenu(store, info);
  windows.restore();
  app.on("window-all-closed", () => {
    // Kept running: the hub goes on serving the LAN and the devices; the tray opens the console again.
    if (store.get("keepRunning")) tray?.update(null, null);
    else app.quit();
  });
}

app.on("second-instance", () => windows?.showMain());
app.on("before-quit", () => windows?.prepareQuit());
app.on("will-quit", (event) => {
  tray?.destroy();
  tray = undefined;
  if (!hub) return;
  event.preventDefault();
  const closing = hub;
  hub = undefined;
  void closing.close().finally(() => app.quit());
});
app
  .whenReady()
  .then(() => (firstInstance ? start() : undefined))
  .catch((error: unknown) => {
    console.error(error);
    dialog.showErrorBox("Venue Ops Console", error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
