import { describe, expect, it } from "vitest";
import { checkOperator } from "./operatorForm";

describe("checkOperator", () => {
  it("accepts a duty officer and drops rooms a non-stage-manager ticked", () => {
    expect(checkOperator({ name: " Li Na ", role: "duty-officer", rooms: ["plenary"] })).toEqual({
      ok: true,
      operator: { name: "Li Na", role: "duty-officer", rooms: [] },
    });
  });

  it("asks for a name", () => {
    const check = checkOperator({ name: "  ", role: "viewer", rooms: [] });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.name).toBe("say who you are");
  });

  it("asks a stage manager for at least one room", () => {
    const check = checkOperator({ name: "王芳", role: "stage-manager", rooms: [] });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors).toEqual({ rooms: "a stage manager chooses at least one room" });
  });

  it("keeps a stage manager's rooms", () => {
    const check = checkOperator({ name: "王芳", role: "stage-manager", rooms: ["plenary", "meeting-1"] });
    expect(check).toEqual({
      ok: true,
      operator: { name: "王芳", role: "stage-manager", rooms: ["plenary", "meeting-1"] },
    });
  });
});
