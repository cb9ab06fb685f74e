import type { JournalChange } from "../journal/journalEvents";
import type { CommandError } from "./commands";

/** Something the hub must do outside its state once the changes are journaled. */
export type Effect = {
  type: "device.command";
  deviceIds: string[];
  name: string;
  args: Record<string, unknown>;
};

export type Decision =
  | { ok: true; changes: JournalChange[]; effects?: Effect[] }
  | { ok: false; error: CommandError };

export const refuse = (error: CommandError): Decision => ({ ok: false, error });
export const accept = (...changes: JournalChange[]): Decision => ({ ok: true, changes });
