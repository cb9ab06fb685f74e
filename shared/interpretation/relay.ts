import { FLOOR_SOURCE } from "../model/interpretation";

/**
 * How far a booth's input is from the original, as interpreters' desks show it: "floor" when it
 * listens to the floor, "+" when its pivot works from the floor (direct interpretation), "-" when the
 * pivot is itself on relay (relay of relay). `sourceOf` gives each booth's current source.
 */
export type RelayDistance = "floor" | "+" | "-";

export function relayDistance(boothId: string, sourceOf: (boothId: string) => string): RelayDistance {
  const source = sourceOf(boothId);
  if (source === FLOOR_SOURCE) return "floor";
  const pivotSource = sourceOf(source);
  return pivotSource === FLOOR_SOURCE ? "+" : "-";
}

/** Booths (of those given) that take relay from `pivotId`. */
export function relayDependents(
  pivotId: string,
  boothIds: readonly string[],
  sourceOf: (boothId: string) => string,
): string[] {
  return boothIds.filter((id) => id !== pivotId && sourceOf(id) === pivotId);
}
