import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { EventFile } from "../../../shared/model/eventFile";
import { DEVICE_TOKENS_FILE, DeviceTokens } from "../devices/deviceTokens";
import { loadEventFile } from "../eventFiles";
import { JOURNAL_FILE } from "../journal/journalStore";
import { SqliteJournal } from "../journal/sqliteJournal";
import { bundledEventFile, defaultDataDir } from "../paths";
import { UsageError } from "./usage";

/** The event whose devices count: the one loaded in the data dir's journal, else the given or bundled file. */
function eventFor(dataDir: string, eventFile: string | undefined): EventFile {
  const journalFile = join(dataDir, JOURNAL_FILE);
  if (eventFile === undefined && existsSync(journalFile)) {
    const journal = SqliteJournal.open(journalFile);
    try {
      const loaded = journal.latestLoadedEvent();
      if (loaded) return loaded;
    } finally {
      // Only read: a clean stop stays clean, so the hub's next start still skips the integrity check.
      if (journal.integrityCheck.ran) journal.close();
      else journal.closeCleanly();
    }
  }
  const file = eventFile ?? bundledEventFile();
  const result = loadEventFile(file);
  if (!result.ok)
    throw new UsageError(`${file} is not a valid event file; run \`venue-ops validate ${file}\``);
  return result.event;
}

/**
 * `venue-ops device-token DEVICE_ID`: prints a fresh token and revokes the old one (or, with
 * --revoke, only revokes). Safe while a hub runs on the same data dir: it applies the change at once.
 */
export function deviceTokenCommand(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    options: {
      "data-dir": { type: "string" },
      event: { type: "string" },
      demo: { type: "boolean" },
      revoke: { type: "boolean" },
    },
    strict: true,
    allowPositionals: true,
  });
  const deviceId = positionals[0];
  if (deviceId === undefined || positionals.length > 1)
    throw new UsageError("device-token takes exactly one DEVICE_ID");
  const dataDir = values["data-dir"] ?? defaultDataDir(values.demo ?? false);
  const event = eventFor(dataDir, values.event);
  const device = event.devices.find((d) => d.id === deviceId);
  if (!device) {
    const near = event.devices.filter((d) => d.id.includes(deviceId.split("-")[0] ?? deviceId)).slice(0, 5);
    const hint = near.length > 0 ? ` Did you mean: ${near.map((d) => d.id).join(", ")}?` : "";
    throw new UsageError(`unknown device "${deviceId}" in event "${event.event.id}".${hint}`);
  }
  const tokens = new DeviceTokens(join(dataDir, DEVICE_TOKENS_FILE));
  try {
    if (values.revoke) {
      const revoked = tokens.revoke(deviceId);
      console.error(
        revoked ? `device-token: ${deviceId}'s token is revoked.` : `device-token: ${deviceId} had no token.`,
      );
      return 0;
    }
    const token = tokens.issue(deviceId, new Date());
    console.error(`device-token: new token for ${deviceId} (${device.kind}); any previous token is revoked.`);
    console.log(token);
    return 0;
  } finally {
    tokens.close();
  }
}
