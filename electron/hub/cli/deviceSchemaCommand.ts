import { deviceProtocolJsonSchema } from "../../../shared/devices/deviceJsonSchema";

/** `venue-ops device-schema`: prints the device protocol's JSON Schema for device makers. */
export function deviceSchemaCommand(): number {
  console.log(JSON.stringify(deviceProtocolJsonSchema(), null, 2));
  return 0;
}
