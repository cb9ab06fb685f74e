/**
 * Client mode: `--connect http://HOST:PORT [--access-code CODE]` makes this app a console of another PC's
 * hub instead of starting its own. Pure parsing and resolution, unit-tested without Electron.
 */
export interface ShellArgs {
  demo: boolean;
  /** The hub address given with --connect, normalised to its origin; null when none. */
  connect: string | null;
  accessCode: string | null;
  /** --remember: save --connect (and the code, encrypted) as the preference for the next starts. */
  remember: boolean;
  /** --host / --port: where this PC's own hub listens (off loopback it needs --access-code). */
  host: string | null;
  port: number | null;
  /** --local: start this PC's own hub this time, whatever the saved preference says. */
  local: boolean;
  /** What was wrong with the arguments, in words for the operator; null when nothing. */
  error: string | null;
}

/** `host:port`, `http://host:port/` or `https://host` → its origin; throws with the reason otherwise. */
export function normalizeHubAddress(input: string): string {
  const trimmed = input.trim();
  if (trimmed === "") throw new Error("the hub address is empty");
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new Error(`"${input}" is not a hub address (expected http://HOST:PORT)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`a hub is reached over http or https, not ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new Error("put the access code in --access-code, not in the address");
  }
  if (!url.hostname) throw new Error(`"${input}" names no host`);
  return url.origin;
}

/** Reads `--name value` and `--name=value`; a following flag is not taken as the value. */
function optionValue(argv: readonly string[], name: string): { present: boolean; value: string | null } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === name) {
      const next = argv[i + 1];
      return { present: true, value: next !== undefined && !next.startsWith("--") ? next : null };
    }
    if (arg.startsWith(`${name}=`)) return { present: true, value: arg.slice(name.length + 1) };
  }
  return { present: false, value: null };
}

export function parseShellArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): ShellArgs {
  const errors: string[] = [];
  const connect = optionValue(argv, "--connect");
  let address: string | null = null;
  if (connect.present) {
    if (connect.value === null)
      errors.push("--connect needs a hub address, e.g. --connect http://10.0.0.5:4180");
    else {
      try {
        address = normalizeHubAddress(connect.value);
      } catch (error) {
        errors.push((error as Error).message);
      }
    }
  }
  const code = optionValue(argv, "--access-code");
  if (code.present && !code.value) errors.push("--access-code needs the code");
  const accessCode = code.value || env.VENUE_OPS_ACCESS_CODE || null;
  const local = argv.includes("--local");
  if (local && connect.present) errors.push("--local and --connect contradict each other");
  const host = optionValue(argv, "--host");
  if (host.present && !host.value) errors.push("--host needs an address, e.g. --host 0.0.0.0");
  if (host.present && connect.present) errors.push("--host is for this PC's own hub, not with --connect");
  const portArg = optionValue(argv, "--port");
  const port = portArg.value === null ? null : Number(portArg.value);
  if (portArg.present && (port === null || !Number.isInteger(port) || port < 0 || port > 65535)) {
    errors.push("--port needs a port number from 0 to 65535");
  }
  return {
    demo: argv.includes("--demo"),
    connect: address,
    accessCode,
    remember: argv.includes("--remember"),
    local,
    host: host.value,
    port: port !== null && Number.isInteger(port) && port >= 0 && port <= 65535 ? port : null,
    error: errors.length > 0 ? errors.join("; ") : null,
  };
}

export type HubTarget =
  | { mode: "local" }
  | { mode: "client"; url: string; accessCode: string | null; source: "arguments" | "preference" };

/** The saved client-mode preference (the code already decrypted, or null). */
export interface SavedClientHub {
  url: string;
  accessCode: string | null;
}

/** Arguments first, then the saved preference, else this PC's own hub. */
export function resolveHubTarget(args: ShellArgs, saved: SavedClientHub | null): HubTarget {
  if (args.connect)
    return { mode: "client", url: args.connect, accessCode: args.accessCode, source: "arguments" };
  if (args.local || !saved) return { mode: "local" };
  let url: string;
  try {
    url = normalizeHubAddress(saved.url);
  } catch {
    return { mode: "local" };
  }
  // A code on the command line replaces a saved one (the hub's code was changed).
  return { mode: "client", url, accessCode: args.accessCode ?? saved.accessCode, source: "preference" };
}
