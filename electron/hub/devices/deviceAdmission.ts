import { CLOSE_CODES, DEVICE_PROTOCOL_VERSION, Hello } from "../../../shared/devices/frames";
import type { DeviceDefinition, DeviceKind } from "../../../shared/model/devices";
import { formatPath } from "../../../shared/validation/problems";
import type { DeviceTokenStore } from "./deviceTokens";

export type Admission =
  | { ok: true; deviceId: string; kind: DeviceKind; firmware: string | null }
  | { ok: false; code: number; reason: string };

const refuse = (code: number, reason: string): Admission => ({ ok: false, code, reason });

/**
 * Checks a device's first frame in the contract's order: a valid hello (4400), the protocol version
 * (4406), then identity, token and kind (4401). The reason says what was wrong.
 */
export function admitHello(
  text: string,
  devices: readonly DeviceDefinition[],
  tokens: Pick<DeviceTokenStore, "verify">,
): Admission {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse(CLOSE_CODES.badHello, "first frame is not valid JSON");
  }
  const hello = Hello.safeParse(json);
  if (!hello.success) {
    const detail = hello.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join("; ");
    return refuse(CLOSE_CODES.badHello, `first frame must be a valid hello (${detail})`);
  }
  const { deviceId, token, kind, protocol, firmware } = hello.data;
  if (protocol !== DEVICE_PROTOCOL_VERSION) {
    return refuse(
      CLOSE_CODES.unsupportedProtocol,
      `protocol ${protocol} is not supported; this hub speaks 1`,
    );
  }
  const definition = devices.find((d) => d.id === deviceId);
  if (!definition) return refuse(CLOSE_CODES.unauthorized, `unknown device id "${deviceId}"`);
  if (!tokens.verify(deviceId, token)) return refuse(CLOSE_CODES.unauthorized, "wrong or revoked token");
  if (definition.kind !== kind) {
    return refuse(
      CLOSE_CODES.unauthorized,
      `kind mismatch: "${deviceId}" is registered as ${definition.kind}`,
    );
  }
  return { ok: true, deviceId, kind: definition.kind, firmware: firmware ?? null };
}
