import type { CommandReply } from "./deviceLink";

export const OK: CommandReply = { ok: true };

export function refuse(error: string): CommandReply {
  return { ok: false, error };
}

export function unknownCommand(name: string): CommandReply {
  return refuse(`unknown command "${name}"`);
}

/** A non-empty trimmed text argument, or null. */
export function textArg(args: Record<string, unknown>, name: string): string | null {
  const value = args[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}
