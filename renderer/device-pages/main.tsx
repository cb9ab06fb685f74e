// Must stay first: configures zod before the shared modules build their schemas.
import "../src/zodConfig";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { DEVICES_PATH } from "../../shared/devices/frames";
import { initI18n } from "../src/i18n/i18n";
import { boothCommandHandler } from "./booth/boothStore";
import { DevicePageApp } from "./DevicePageApp";
import { refreshState, startPublicData } from "./data/publicData";
import { handleDoorPanelCommand } from "./door-panel/doorPanelStore";
import { handleKioskCommand } from "./kiosk/kioskStore";
import type { CommandHandler } from "./link/deviceLink";
import { DeviceLink } from "./link/deviceLink";
import { setDeviceLink, useLinkStatus } from "./link/deviceRuntime";
import { type PageParams, readPageParams } from "./pageParams";
import { handleStageTimerCommand } from "./stage-timer/stageTimerStore";
import "../src/styles/theme.css";
import "../src/styles/topbar.css";
import "../src/styles/detail.css";
import "./styles/device.css";
import "./styles/stage-timer.css";
import "./styles/door-panel.css";
import "./styles/booth.css";
import "./styles/kiosk.css";

/** The device's firmware name as the hub records it. */
const FIRMWARE = "device-page 1";

function commandHandler(params: PageParams): CommandHandler {
  switch (params.kind) {
    case "stage-timer":
      return handleStageTimerCommand;
    case "door-panel":
      return handleDoorPanelCommand;
    case "booth-console":
      return boothCommandHandler(params.deviceId);
    case "checkin-kiosk":
      return handleKioskCommand;
  }
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

await initI18n();
const { params, cleanUrl } = readPageParams(location, localStorageOrNull());
// The secret must not stay in the address bar or the history.
if (cleanUrl) history.replaceState(history.state, "", cleanUrl);

if (params) {
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  // Started before the first render: commands that arrive right after welcome land in the kind's store.
  const link = new DeviceLink({
    url: `${scheme}://${location.host}${DEVICES_PATH}`,
    deviceId: params.deviceId,
    token: params.token,
    kind: params.kind,
    firmware: FIRMWARE,
    onCommand: commandHandler(params),
    onStatus: (status) => useLinkStatus.setState(status),
    onWelcome: () => void refreshState(),
  });
  setDeviceLink(link);
  startPublicData(() => link.reconnect());
  link.start();
  // Closing or reloading the page: say goodbye with a normal close, so the hub marks the device offline now.
  window.addEventListener("pagehide", () => link.stop());
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) link.start();
  });
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DevicePageApp params={params} />
    </StrictMode>,
  );
}
