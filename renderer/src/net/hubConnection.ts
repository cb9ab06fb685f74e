import { Operator } from "../../../shared/access/operators";
import type { Command } from "../../../shared/commands/commands";
import { CLOSE_STANDBY, CONSOLE_PATH } from "../../../shared/protocol/consoleProtocol";
import { desktopAccessCode } from "../shell/desktopBridge";
import { rememberSignIn, useSignIn } from "../signin/operatorStore";
import { useDeviceUi } from "../state/deviceUiStore";
import { hubStore } from "../state/hubStore";
import {
  decodeHandover,
  encodeHandover,
  HANDOVER_PARAM,
  sameViewOn,
  takeFragmentParam,
  withFragmentParam,
} from "./failover";
import { type CommandOutcome, HubClient } from "./hubClient";
import { browserSiteFailover, type SiteFailover } from "./siteFailover";
import { siteStore } from "./siteStore";

let client: HubClient | null = null;
let failover: SiteFailover | null = null;

async function fetchHealth(): Promise<{ version: string; seq?: number } | null> {
  try {
    const response = await fetch("/api/health", { cache: "no-store", signal: AbortSignal.timeout(5000) });
    if (!response.ok) return null;
    const health = (await response.json()) as { version: string; seq?: number };
    // The same periodic check keeps the site's hub list and the top bar's role badge current.
    failover?.remember(health);
    return health;
  } catch {
    return null;
  }
}

/**
 * Moves to the primary with the same view. Storage is per origin, so who is signed in travels in the
 * fragment (never sent to a server) and the next hub's start-up signs them in again. The access code does
 * not travel: the desktop app's bridge hands it over again; a browser user types it again if the hub asks.
 */
function moveTo(primaryUrl: string): void {
  const handover = encodeHandover({
    operator: useSignIn.getState().operator,
    hubs: [...(failover?.knownHubs ?? [])],
    at: Date.now(),
  });
  location.replace(
    sameViewOn(primaryUrl, location, withFragmentParam(location.hash, HANDOVER_PARAM, handover)),
  );
}

/** Reads (and removes from the address) what the previous hub's console handed over. */
function takeHandover(site: SiteFailover): void {
  const { value, hash } = takeFragmentParam(location.hash, HANDOVER_PARAM);
  if (value === null) return;
  history.replaceState(history.state, "", `${location.pathname}${location.search}${hash}`);
  const handover = decodeHandover(value, Date.now());
  if (!handover) return;
  site.rememberHubs(handover.hubs);
  const operator = Operator.safeParse(handover.operator);
  if (operator.success) rememberSignIn(operator.data, useSignIn.getState().accessCode);
}

/** Opens the console's one link to the hub that served this page. */
export function startHubConnection(): void {
  if (client) return;
  failover = browserSiteFailover(moveTo, (hub) => siteStore.setState({ hub }));
  // Before anything reads the sign-in, so the operator who moved here is not asked again.
  takeHandover(failover);
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
    // A standby refuses the console's socket: look for the primary when the link drops.
    onLinkLost: (code) => void failover?.linkLost(code === CLOSE_STANDBY),
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
