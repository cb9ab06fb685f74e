import type { ServerResponse } from "node:http";
import type { HubRoleView } from "../cluster/clusterRole";
import { sendJson } from "./httpJson";

/** A standby takes no commands: it says so, and where the primary is, so the client can go there. */
export function refuseOnStandby(role: HubRoleView, res: ServerResponse): boolean {
  if (role.isPrimary) return false;
  const { primary } = role.status();
  const where = primary ? `; the primary is ${primary.hubId} at ${primary.url}` : "; no primary is known yet";
  sendJson(res, 503, {
    ok: false,
    code: "standby",
    error: `this hub is a standby and takes no commands${where}`,
    primary,
  });
  return true;
}
