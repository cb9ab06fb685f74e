import type { Command } from "../../../shared/commands/commands";
import { CONSOLE_PATH } from "../../../shared/protocol/consoleProtocol";
import { useDeviceUi } from "../state/deviceUiStore";
import { hubStore } from "../state/hubStore";
import { type CommandOutcome, HubClient } from "./hubClient";

let client: HubClient | null = null;

async function fetchHealth(): Promise<{ version: string; seq?: number } | null> {
  try {
    const response = await fetch("/api/health", { cache: "no-store", signal: AbortSignal.timeout(5000) });
    if (!response.ok) return null;
    return (await response.json()) as { version: string; seq?: number };
  } catch {
    return null;
  }
}

/** Opens the console's one link to the hub that served this page. */
export function startHubConnection(): void {
  if (client) return;
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  client = new HubClient({
    url: `${scheme}://${location.host}${CONSOLE_PATH}`,
    store: hubStore,
    fetchHealth,
    onEvents: (events) => useDeviceUi.getState().recordJournal(events),
  });
  client.start();
  const live = client;
  window.addEventListener("online", () => live.reconnectNow());
  window.addEventListener("offline", () => live.markOffline());
}

export function sendCommand(command: Command): Promise<CommandOutcome> {
  if (!client) return Promise.resolve({ ok: false, error: { code: "link_down", message: "not started" } });
  return client.send(command);
}
