import { useEffect } from "react";
import { useHub } from "../state/hubStore";
import { useSignIn } from "./operatorStore";
import { useSignInUi } from "./signInUi";

/**
 * Opens the sign-in dialog when this console starts with nobody signed in (unless someone chose to watch),
 * and whenever the hub refuses the access code: without a sign-in nobody can change anything.
 */
export function useSignInPrompt(): void {
  const authError = useHub((s) => s.authError);
  useEffect(() => {
    const { operator } = useSignIn.getState();
    if (!operator && !useSignInUi.getState().watchOnly) useSignInUi.getState().openDialog(true);
  }, []);
  useEffect(() => {
    if (authError) useSignInUi.getState().openDialog(true);
  }, [authError]);
}
