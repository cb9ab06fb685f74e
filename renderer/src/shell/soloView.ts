import { isPopoutView, type PopoutView } from "../../../electron/shell/bridgeContract";

/**
 * `?view=NAME&solo=1`: this page shows one view alone (a window popped out by the desktop app, or a wall
 * display in a browser). Null for the whole console.
 */
export function soloViewFrom(search: string): PopoutView | null {
  const params = new URLSearchParams(search);
  if (params.get("solo") !== "1") return null;
  const view = params.get("view");
  return isPopoutView(view) ? view : null;
}

/** Read once: a page's solo view never changes while it is open. */
export const SOLO_VIEW: PopoutView | null =
  typeof location === "undefined" ? null : soloViewFrom(location.search);
