import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { app, BrowserWindow, type IpcMainInvokeEvent, ipcMain, session } from "electron";
import Store from "electron-store";
import { type RunningHub, startHub } from "./hub/startHub";
import { type BridgePreferences, DEFAULT_PREFERENCES, IPC, type Preferences } from "./preferences";
import { consoleWindowOptions, isHubUrl } from "./windowOptions";

// The desktop shell stays thin: it starts the hub in-process and shows the hub's own console page.
const here = dirname(fileURLToPath(import.meta.url));
const demo = process.argv.includes("--demo");
let hub: RunningHub | undefined;

if (!app.requestSingleInstanceLock()) app.quit();

function focusExisting(): void {
  const window = BrowserWindow.getAllWindows()[0];
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

function lockDown(hubOrigin: string): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, grant) => grant(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on("web-contents-created", (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: "deny" }));
    contents.on("will-navigate", (event, url) => {
      if (!isHubUrl(url, hubOrigin)) event.preventDefault();
    });
    contents.on("will-attach-webview", (event) => event.preventDefault());
  });
}

function registerIpc(store: Store<Preferences>, hubOrigin: string): void {
  const fromHub = (event: IpcMainInvokeEvent) => isHubUrl(event.senderFrame?.url ?? "", hubOrigin);
  ipcMain.handle(IPC.getPreferences, (event): BridgePreferences | null =>
    fromHub(event) ? { language: store.get("language"), role: store.get("role") } : null,
  );
  ipcMain.handle(IPC.setPreference, (event, key: unknown, value: unknown) => {
    if (!fromHub(event)) return;
    if (key === "language" && (value === "en" || value === "zh-CN")) store.set("language", value);
    if (key === "role" && typeof value === "string" && value.length <= 40) store.set("role", value);
  });
}

async function openConsole(): Promise<void> {
  const store = new Store<Preferences>({ defaults: DEFAULT_PREFERENCES });
  hub = await startHub({ dataDir: join(app.getPath("userData"), demo ? "demo" : "hub"), demo, port: 0 });
  const hubOrigin = new URL(hub.url).origin;
  lockDown(hubOrigin);
  registerIpc(store, hubOrigin);
  const window = new BrowserWindow(
    consoleWindowOptions(join(here, "preload.cjs"), store.get("windowBounds")),
  );
  window.once("ready-to-show", () => window.show());
  window.on("close", () => store.set("windowBounds", window.getBounds()));
  await window.loadURL(hub.url);
}

app.on("second-instance", focusExisting);
app.on("window-all-closed", () => app.quit());
app.on("will-quit", (event) => {
  if (!hub) return;
  event.preventDefault();
  const closing = hub;
  hub = undefined;
  void closing.close().finally(() => app.quit());
});
app.whenReady().then(openConsole, (error: unknown) => {
  console.error(error);
  app.exit(1);
});
