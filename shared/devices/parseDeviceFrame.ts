import type { z } from "zod";
import type { DeviceKind } from "../model/devices";
import { formatPath } from "../validation/problems";
import { DEVICE_KIND_SPECS } from "./deviceKinds";
import { DEVICE_FRAME_TYPES, DeviceFrame } from "./frames";

export type ParsedDeviceFrame = { ok: true; frame: DeviceFrame } | { ok: false; detail: string };

const describeIssues = (prefix: string, error: z.ZodError) =>
  error.issues.map((issue) => `${formatPath([prefix, ...issue.path])}: ${issue.message}`).join("; ");

/** Checks one text frame from a welcomed device: the envelope, then the payload for its kind. */
export function parseDeviceFrame(kind: DeviceKind, text: string): ParsedDeviceFrame {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, detail: "frame is not valid JSON" };
  }
  if (json === null || typeof json !== "object" || Array.isArray(json))
    return { ok: false, detail: "frame is not a JSON object" };
  const type = (json as { type?: unknown }).type;
  if (typeof type !== "string") return { ok: false, detail: 'frame has no string field "type"' };
  if (type === "hello") return { ok: false, detail: "hello was already accepted on this connection" };
  if (!(DEVICE_FRAME_TYPES as readonly string[]).includes(type)) {
    return { ok: false, detail: `unknown type "${type}"; a device sends ${DEVICE_FRAME_TYPES.join(", ")}` };
  }
  const envelope = DeviceFrame.safeParse(json);
  if (!envelope.success) return { ok: false, detail: describeIssues(type, envelope.error) };
  const frame = envelope.data;
  const spec = DEVICE_KIND_SPECS[kind];
  if (frame.type === "state") {
    const data = spec.state.safeParse(frame.data);
    if (!data.success) return { ok: false, detail: describeIssues("data", data.error) };
    return { ok: true, frame: { ...frame, data: data.data } };
  }
  if (frame.type === "event") {
    const schema = spec.events[frame.name];
    if (!schema) {
      const known = Object.keys(spec.events);
      return {
        ok: false,
        detail: `unknown event "${frame.name}" for a ${kind}; ${known.length ? `known: ${known.join(", ")}` : "it sends no events"}`,
      };
    }
    const data = schema.safeParse(frame.data);
    if (!data.success) return { ok: false, detail: describeIssues("data", data.error) };
    return { ok: true, frame: { ...frame, data: data.data } };
  }
  return { ok: true, frame };
}

/** Checks the arguments of a command for a device kind before it is sent. */
export function parseDeviceCommand(
  kind: DeviceKind,
  name: string,
  args: unknown,
): { ok: true; args: Record<string, unknown> } | { ok: false; detail: string } {
  const schema = DEVICE_KIND_SPECS[kind].commands[name];
  if (!schema) {
    return {
      ok: false,
      detail: `a ${kind} has no command "${name}"; it takes ${Object.keys(DEVICE_KIND_SPECS[kind].commands).join(", ")}`,
    };
  }
  const parsed = schema.safeParse(args ?? {});
  return parsed.success
    ? { ok: true, args: parsed.data }
    : { ok: false, detail: describeIssues("args", parsed.error) };
}
