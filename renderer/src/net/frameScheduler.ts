/** Longest wait for a frame: hidden windows get no animation frames, but their data must stay current. */
const FALLBACK_MS = 250;

/**
 * Coalesces many requests into one call of `flush` on the next animation frame, so a burst of
 * messages becomes a single store update and a single render.
 */
export function createFrameScheduler(flush: () => void): { request: () => void; cancel: () => void } {
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (frame !== null && typeof cancelAnimationFrame === "function") cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
  };
  const run = () => {
    cancel();
    flush();
  };
  const request = () => {
    if (timer !== null) return;
    timer = setTimeout(run, FALLBACK_MS);
    if (typeof requestAnimationFrame === "function") frame = requestAnimationFrame(run);
  };
  return { request, cancel };
}
