import { describe, expect, it } from "vitest";
import { POPOUT_VIEWS } from "../../../electron/shell/bridgeContract";
import { soloViewFrom } from "./soloView";

describe("solo view from the address", () => {
  it("shows a known view alone only with solo=1", () => {
    expect(soloViewFrom("?view=plan&solo=1")).toBe("plan");
    expect(soloViewFrom("?solo=1&view=alerts")).toBe("alerts");
    expect(soloViewFrom("?view=plan")).toBeNull();
    expect(soloViewFrom("?view=plan&solo=0")).toBeNull();
    expect(soloViewFrom("?view=bogus&solo=1")).toBeNull();
    expect(soloViewFrom("")).toBeNull();
  });

  it("knows every view the desktop app can pop out", () => {
    for (const view of POPOUT_VIEWS) expect(soloViewFrom(`?view=${view}&solo=1`)).toBe(view);
  });
});
