import { expect, openConsole, test } from "./support/fixtures";

test.describe("live updates", () => {
  test("a room status changed elsewhere shows on the plan at once", async ({ page, request, hubState }) => {
    await openConsole(page);
    const room = page.getByTestId("room-green-room");
    await expect(room).toHaveAttribute("data-status", hubState.rooms["green-room"]?.status ?? "closed");
    const post = (status: string) =>
      request.post("/api/commands", {
        data: { type: "room.setStatus", roomId: "green-room", status },
        headers: { "x-operator": "e2e", "x-workstation": "playwright" },
      });
    const moved = await post("setup");
    expect(moved.ok(), await moved.text()).toBe(true);
    await expect(room).toHaveAttribute("data-status", "setup");
    await expect(room).toContainText("Setup", { ignoreCase: true });
    const back = await post("closed");
    expect(back.ok(), await back.text()).toBe(true);
    await expect(room).toHaveAttribute("data-status", "closed");
  });

  test("changing a room's status from its detail panel sends a command", async ({ page }) => {
    await openConsole(page);
    await page.getByTestId("room-registration").click();
    const panel = page.getByTestId("detail-panel");
    await panel.getByTestId("room-move-setup").click();
    await expect(page.getByTestId("room-registration")).toHaveAttribute("data-status", "setup");
    await expect(panel.getByTestId("detail-room-status")).toContainText("Setup");
    await panel.getByTestId("room-move-closed").click();
    await expect(page.getByTestId("room-registration")).toHaveAttribute("data-status", "closed");
  });
});

test.describe("room issues", () => {
  test("a flagged issue shows on the plan with its text, and clears", async ({ page }) => {
    await openConsole(page);
    await page.getByTestId("room-plenary").click();
    const panel = page.getByTestId("detail-panel");
    await panel.getByTestId("room-issue-input").fill("Projector 2 flickers");
    await panel.getByTestId("room-issue-set").click();
    const label = page.getByTestId("room-plenary");
    await expect(label).toHaveClass(/has-issue/);
    // A large room shows the text; every room says it to assistive technology.
    await expect(label).toContainText("Projector 2 flickers");
    await expect(label).toHaveAttribute("aria-label", /Projector 2 flickers/);
    await panel.getByTestId("room-issue-clear").click();
    await expect(label).not.toHaveClass(/has-issue/);
    await expect(label).not.toContainText("Projector 2 flickers");
  });
});
