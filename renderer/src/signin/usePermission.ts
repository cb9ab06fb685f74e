import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Operator } from "../../../shared/access/operators";
import { authorize } from "../../../shared/access/permissions";
import type { Command } from "../../../shared/commands/commands";
import type { LiveState } from "../../../shared/live/liveState";
import { useHub } from "../state/hubStore";
import { useSignIn } from "./operatorStore";

export type Allowed = { allowed: true } | { allowed: false; reason: string };

/** The hub's rule for one command, with its reason when refused; nobody signed in may change nothing. */
export function permissionFor(
  operator: Operator | null,
  live: LiveState | null,
  command: Command,
  t: TFunction,
): Allowed {
  if (!operator) return { allowed: false, reason: t("signin.needSignIn") };
  if (!live) return { allowed: true };
  const permission = authorize(operator, command, live);
  return permission.allowed ? { allowed: true } : { allowed: false, reason: permission.reason };
}

/**
 * Whether this console's operator may send a command. Controls use it to disable (never hide) what the role
 * may not do, with the reason as their description; the hub enforces the same rule whatever the screen shows.
 */
export function usePermission(command: Command | null): Allowed {
  const { t } = useTranslation();
  const operator = useSignIn((s) => s.operator);
  const live = useHub((s) => s.live);
  return command ? permissionFor(operator, live, command, t) : { allowed: true };
}
