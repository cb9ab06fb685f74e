/** Time cues for speakers (stage timer) and the turn timer's display. Pure, so the thresholds are tested. */

/** The last five minutes of a slot are the speaker's cue to wrap up. */
export const WRAP_UP_SEC = 5 * 60;

export type CountdownPhase = "plenty" | "wrap-up" | "over";

/** Whole seconds left, rounded up so that "00:00" shows only once the time is really up. */
export function remainingSeconds(endsAtMs: number, nowMs: number): number {
  // + 0 turns the -0 that Math.ceil gives just after the end into a plain 0.
  return Math.ceil((endsAtMs - nowMs) / 1000) + 0;
}

export function countdownPhase(remainingSec: number): CountdownPhase {
  if (remainingSec < 0) return "over";
  return remainingSec <= WRAP_UP_SEC ? "wrap-up" : "plenty";
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "12:34" (or "1:02:03" from an hour), and "+01:05" once over time. */
export function formatCountdown(remainingSec: number): string {
  const total = Math.abs(remainingSec);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const digits = hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
  return remainingSec < 0 ? `+${digits}` : digits;
}

/** Minutes and seconds of a turn so far, e.g. "12:05"; past an hour the minutes keep counting ("75:00"). */
export function formatElapsed(elapsedMs: number): string {
  const total = Math.max(0, Math.floor(elapsedMs / 1000));
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}
