import { create } from "zustand";
import { Operator } from "../../../shared/access/operators";

const OPERATOR_KEY = "venue-ops.operator";
/** The access code lives for the browser session only: a shared PC forgets it when closed. */
const CODE_KEY = "venue-ops.access-code";

interface SignInState {
  /** Who is signed in on this console; null: it watches but changes nothing. */
  operator: Operator | null;
  accessCode: string | null;
}

function readOperator(): Operator | null {
  try {
    const parsed = Operator.safeParse(JSON.parse(localStorage.getItem(OPERATOR_KEY) ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function readCode(): string | null {
  try {
    return sessionStorage.getItem(CODE_KEY);
  } catch {
    return null;
  }
}

/** This console's sign-in, remembered across reloads (the operator) and for the session (the code). */
export const useSignIn = create<SignInState>()(() => ({ operator: readOperator(), accessCode: readCode() }));

export function rememberSignIn(operator: Operator | null, accessCode: string | null): void {
  try {
    if (operator) localStorage.setItem(OPERATOR_KEY, JSON.stringify(operator));
    else localStorage.removeItem(OPERATOR_KEY);
    if (accessCode) sessionStorage.setItem(CODE_KEY, accessCode);
    else sessionStorage.removeItem(CODE_KEY);
  } catch {
    // Storage can be full or disabled; the sign-in still holds until the page reloads.
  }
  useSignIn.setState({ operator, accessCode });
}
