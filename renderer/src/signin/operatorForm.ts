import { Operator, type OperatorRole } from "../../../shared/access/operators";

export interface OperatorDraft {
  name: string;
  role: OperatorRole;
  rooms: string[];
}

/** Which field a sign-in problem belongs to; the dialog words it in the console's language. */
export type OperatorField = "name" | "rooms" | "role";

export type OperatorCheck =
  | { ok: true; operator: Operator }
  | { ok: false; errors: Partial<Record<OperatorField, string>> };

/**
 * Checks a sign-in against the same schema the hub applies to a hello, so the dialog never lets through
 * what the hub would refuse. Errors carry the schema's own (English) wording, keyed by field.
 */
export function checkOperator(draft: OperatorDraft): OperatorCheck {
  // Rooms only mean something for a stage manager; another role signs in without them.
  const rooms = draft.role === "stage-manager" ? draft.rooms : [];
  const parsed = Operator.safeParse({ name: draft.name, role: draft.role, rooms });
  if (parsed.success) return { ok: true, operator: parsed.data };
  const errors: Partial<Record<OperatorField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === "name" || field === "rooms" || field === "role") && !errors[field])
      errors[field] = issue.message;
  }
  return { ok: false, errors };
}
