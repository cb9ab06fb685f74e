import type { Operator } from "../../../shared/access/operators";
import type { Command } from "../../../shared/commands/commands";
import { CONSOLE_PATH } from "../../../shared/protocol/consoleProtocol";
import { desktopAccessCode } from "../shell/desktopBridge";
import { rememberSignIn, useSignIn } from "../signin/operatorStore";
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
  // The desktop app hands over the access code it was started with (client mode) through its bridge, never
  // in the URL: it goes into the first hello and the API calls' Bearer header. A code typed here still wins.
  const desktopCode = desktopAccessCode();
  if (desktopCode && !useSignIn.getState().accessCode) useSignIn.setState({ accessCode: desktopCode });
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  client = new HubClient({
    url: `${scheme}://${location.host}${CONSOLE_PATH}`,
    store: hubStore,
    fetchHealth,
    onEvents: (events) => useDeviceUi.getState().recordJournal(events),
    identity: () => {
      const { operator, accessCode } = useSignIn.getState();
      return { ...(operator ? { operator } : {}), ...(accessCode ? { accessCode } : {}) };
    },
  });
  client.start();
  const live = client;
  window.addEventListener("online", () => live.reconnectNow());
  window.addEventListener("offline", () => live.markOffline());
}

/** `baseSeq`: for an edit, the sequence number of the state it began from, so a stale edit is refused. */
export function sendCommand(command: Command, options: { baseSeq?: number } = {}): Promise<CommandOutcome> {
  if (!client) return Promise.resolve({ ok: false, error: { code: "link_down", message: "not started" } });
  return client.send(command, options);
}

/** Signs this console in (or out, with null) and says hello again with the new identity. */
export function signIn(operator: Operator | null, accessCode: string | null): void {
  rememberSignIn(operator, accessCode);
  client?.reconnectWithIdentity();
}
