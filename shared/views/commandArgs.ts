import type { z } from "zod";

/** One argument of a device command as a form field; `optional` fields may be left out, `nullable` ones sent as null. */
export type ArgField = {
  name: string;
  optional: boolean;
  nullable: boolean;
} & (
  | { kind: "text"; format?: "datetime" }
  | { kind: "number" }
  | { kind: "boolean" }
  | { kind: "choice"; options: string[] }
);

/** What a form holds for each field: text for inputs and choices, true/false for checkboxes. */
export type ArgValues = Record<string, string | boolean>;

interface DefLike {
  type: string;
  innerType?: { _zod: { def: DefLike } };
  entries?: Record<string, string | number>;
  format?: string;
}

/**
 * Form fields for a command's arguments, read from its schema, or null when an argument is not a plain
 * text, number, boolean or choice (an array, say): the form then offers the arguments as JSON.
 */
export function describeArgs(schema: z.ZodObject): ArgField[] | null {
  const fields: ArgField[] = [];
  for (const [name, field] of Object.entries(schema.shape)) {
    let def = (field as { _zod: { def: DefLike } })._zod.def;
    let optional = false;
    let nullable = false;
    while ((def.type === "optional" || def.type === "nullable") && def.innerType) {
      if (def.type === "optional") optional = true;
      else nullable = true;
      def = def.innerType._zod.def;
    }
    const common = { name, optional, nullable };
    if (def.type === "string")
      fields.push({ ...common, kind: "text", ...(def.format === "datetime" ? { format: "datetime" } : {}) });
    else if (def.type === "number") fields.push({ ...common, kind: "number" });
    else if (def.type === "boolean") fields.push({ ...common, kind: "boolean" });
    else if (def.type === "enum" && def.entries)
      fields.push({ ...common, kind: "choice", options: Object.values(def.entries).map(String) });
    else return null;
  }
  return fields;
}

/**
 * The arguments object from form values. An empty text is left out when the field is optional and sent as
 * null when it is nullable; an unticked optional checkbox is left out. The schema then judges the rest.
 */
export function buildArgs(fields: readonly ArgField[], values: ArgValues): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.kind === "boolean") {
      if (value === true || !field.optional) args[field.name] = value === true;
      continue;
    }
    const text = typeof value === "string" ? value.trim() : "";
    if (text === "") {
      if (field.nullable) args[field.name] = null;
      else if (!field.optional) args[field.name] = "";
      continue;
    }
    args[field.name] = field.kind === "number" ? Number(text) : text;
  }
  return args;
}
