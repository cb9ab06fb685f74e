import { readFileSync } from "node:fs";
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { issueLinkByApi, openDevicePage } from "./support/devices";
import { expect, openConsole, pauseClockAt, restoreDemoClock, test } from "./support/fixtures";

// Meeting Room 2's afternoon session: a Chinese and an English booth, teams of two. No other spec
// touches this room, so its booths and their simulated consoles are this spec's own.
const SESSION = "d5-urban-renewal";
const DURING = "2021-11-12T14:10:00+08:00";
const ZH = "meeting-2-zh";
const EN = "meeting-2-en";
const TEAMS: Record<string, [string, string]> = {
  [ZH]: ["wang-lu", "ye-qingyang"],
  [EN]: ["sarah-lindgren", "claire-donovan"],
};
const NAMES: Record<string, string> = {
  "wang-lu": "Wang Lu",
  "ye-qingyang": "Ye Qingyang",
  "sarah-lindgren": "Sarah Lindgren",
  "claire-donovan": "Claire Donovan",
};

async function command(request: APIRequestContext, data: Record<string, unknown>) {
  const response = await request.post("/api/commands", { data });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as { seq?: number };
}

async function sessionStatus(request: APIRequestContext, sessionId: string): Promise<string> {
  const state = (await (await request.get("/api/state")).json()) as {
    sessions: Record<string, { status: string }>;
  };
  return state.sessions[sessionId]?.status ?? "unknown";
}

/**
 * Puts the session live at 14:10 on the paused rehearsal clock. Returns whether it was already running:
 * a retry on the same hub finds it so, with turns that earlier attempts moved.
 */
async function sessionLive(request: APIRequestContext): Promise<boolean> {
  await pauseClockAt(request, DURING);
  const status = await sessionStatus(request, SESSION);
  if (status === "hold") await command(request, { type: "session.resume", sessionId: SESSION });
  if (status === "scheduled") await command(request, { type: "session.standby", sessionId: SESSION });
  if (status === "scheduled" || status === "standby")
    await command(request, { type: "session.start", sessionId: SESSION });
  expect(await sessionStatus(request, SESSION)).toBe("live");
  return status === "live" || status === "hold";
}

async function openBoard(page: Page, locale: "en" | "zh-CN" = "en"): Promise<void> {
  await openConsole(page, locale);
  await page.keyboard.press("i");
  await expect(page.getByTestId("interp-view")).toHaveAttribute("data-tab", "board");
}

const card = (page: Page, boothId: string): Locator => page.getByTestId(`interp-booth-${boothId}`);

/** Who the board shows on the microphone of a booth, once its card is there. */
async function onMic(page: Page, boothId: string): Promise<string> {
  await expect(card(page, boothId)).toHaveAttribute("data-active", /.+/);
  return (await card(page, boothId).getAttribute("data-active")) ?? "";
}

const partnerOf = (boothId: string, id: string) => TEAMS[boothId]?.find((other) => other !== id) ?? "";

test.describe("interpretation (coordinator)", () => {
  test.afterAll(async ({ request }) => restoreDemoClock(request));

  test("the board shows the booths of a live session, its team and the first interpreter on the microphone", async ({
    page,
    request,
  }) => {
    if (await sessionLive(request)) {
      // A retry: give the microphone back to the first of each team as the session's start did.
      for (const [boothId, team] of Object.entries(TEAMS)) {
        await command(request, {
          type: "booth.assign",
          sessionId: SESSION,
          boothId,
          interpreterIds: [team[0]],
        });
        await command(request, { type: "booth.assign", sessionId: SESSION, boothId, interpreterIds: team });
      }
    }
    await openBoard(page);
    const room = page.getByTestId("interp-room-meeting-2");
    await expect(room.getByTestId(`interp-session-${SESSION}`)).toHaveAttribute("data-status", "live");

    for (const [boothId, [first, second]] of Object.entries(TEAMS)) {
      const booth = card(page, boothId);
      await expect(booth).toHaveAttribute("data-session", SESSION);
      await expect(booth).toHaveAttribute("data-working", "true");
      await expect(booth).toHaveAttribute("data-active", first);
      const active = booth.getByTestId(`interp-member-${boothId}-${first}`);
      await expect(active).toHaveAttribute("data-role", "active");
      await expect(active).toContainText(`On mic${NAMES[first]}`);
      await expect(booth.getByTestId(`interp-member-${boothId}-${second}`)).toHaveAttribute(
        "data-role",
        "next",
      );
      // The turn began at 14:10 and the clock stands there: nothing elapsed, the whole turn left.
      await expect(booth.getByTestId(`interp-turn-digits-${boothId}`)).toHaveText("00:00");
      await expect(booth.getByTestId(`interp-turn-phase-${boothId}`)).toHaveText("● On turn");
      await expect(booth.getByTestId(`interp-turn-left-${boothId}`)).toHaveText(" · 30:00 left");
      await expect(booth.getByTestId(`interp-distance-${boothId}`)).toHaveAttribute("data-distance", "floor");
    }
    // The Chinese booth's simulated console follows the hub's turn: its microphone is live. (The English
    // one is taken over by a tablet page below, so on a rerun against the same hub it may be offline.)
    await expect(page.getByTestId(`interp-channel-${ZH}`)).toHaveAttribute("data-current", "true");
    await expect(page.getByTestId(`interp-mic-${ZH}`)).toHaveText("● MIC LIVE");
    await expect(page.getByTestId(`interp-level-${ZH}`)).toHaveText(/^-?\d+ dB$/);
    // Ms Lindgren works remotely; Ms Donovan too: both show a remote marker.
    await expect(card(page, EN).getByTestId(`interp-member-${EN}-sarah-lindgren`)).toContainText("Remote");
    // Both booths work from the floor: the relay map has no pivot.
    const relay = page.getByTestId(`interp-relay-map-${SESSION}`);
    await expect(relay.getByTestId(`interp-relay-node-${ZH}`)).toHaveText("Chinese booth");
    await expect(relay.getByTestId(`interp-relay-node-${EN}`)).toHaveText("English booth");
    await expect(relay.locator(".relay-node.has-children")).toHaveCount(0);
  });

  test("a handover from the console moves the microphone and restarts the turn", async ({
    page,
    request,
  }) => {
    await sessionLive(request);
    await openBoard(page);
    const from = await onMic(page, ZH);
    const to = partnerOf(ZH, from);
    await expect(page.getByTestId(`interp-handover-to-${ZH}`)).toHaveValue(to);
    await page.getByTestId(`interp-handover-${ZH}`).click();

    await expect(card(page, ZH)).toHaveAttribute("data-active", to);
    await expect(page.getByTestId(`interp-member-${ZH}-${to}`)).toHaveAttribute("data-role", "active");
    await expect(page.getByTestId(`interp-member-${ZH}-${from}`)).toHaveAttribute("data-role", "next");
    await expect(page.getByTestId(`interp-turn-digits-${ZH}`)).toHaveText("00:00");
    await expect(page.getByTestId(`interp-last-handover-${ZH}`)).toHaveText(
      `Last handover 14:10:00: ${NAMES[from]} → ${NAMES[to]}, by E2E duty officer`,
    );
  });

  test("a handover pressed on the booth tablet shows on the console board within a second", async ({
    page,
    context,
    request,
  }) => {
    await sessionLive(request);
    await openBoard(page);
    const from = await onMic(page, EN);
    const to = partnerOf(EN, from);

    const tablet = await openDevicePage(
      context,
      await issueLinkByApi(request, `${EN}-console`, "booth-console"),
    );
    // The tablet follows the hub: its team and who is on the microphone come from show-turn.
    await expect(tablet.getByTestId("booth-team")).toHaveAttribute("data-from-hub", "true");
    await expect(tablet.getByTestId("booth-on-mic")).toHaveText(NAMES[from] ?? from);
    await expect(tablet.getByTestId(`booth-interpreter-${to}`)).toHaveAttribute("data-role", "next");

    await tablet.getByTestId("booth-handover").click();
    await expect(card(page, EN)).toHaveAttribute("data-active", to, { timeout: 1000 });

    await expect(page.getByTestId(`interp-last-handover-${EN}`)).toContainText(`by ${EN}-console`);
    await expect(tablet.getByTestId("booth-on-mic")).toHaveText(NAMES[to] ?? to);
    await expect(tablet.getByTestId("booth-feedback")).toHaveText("Handover sent to the control room.");

    // The tablet goes away mid-session: its last values are no longer shown as current, and the hub's
    // alert says which booth is without its console.
    await tablet.close();
    await expect(page.getByTestId(`interp-channel-${EN}`)).toHaveAttribute("data-current", "false");
    await expect(page.getByTestId(`interp-health-${EN}`)).toHaveAttribute("data-status", "offline");
    const alert = page
      .getByTestId("interp-alerts")
      .locator('[data-rule="interpretation.booth-offline"]')
      .filter({ hasText: "English booth console offline during Urban renewal" });
    await expect(alert).toHaveCount(1);
    await expect(alert).toContainText("Critical");
    await expect(card(page, EN).getByTestId(`interp-booth-alerts-${EN}`)).toContainText("✖");
  });

  test("booth requests are acknowledged, handled and closed from the board, with times and who", async ({
    page,
    request,
  }) => {
    await sessionLive(request);
    const note = `headset crackles ${Date.now()}`;
    await command(request, { type: "booth.request", boothId: ZH, kind: "help", note });
    // The request's id, found by its note (the duty officer's override is journaled after it).
    const requests = (
      (await (await request.get("/api/state")).json()) as {
        requests: Record<string, { id: string; note: string | null }>;
      }
    ).requests;
    const requestId = Object.values(requests).find((r) => r.note === note)?.id;
    expect(requestId).toBeDefined();
    await command(request, { type: "booth.request", boothId: EN, kind: "speak-slowly" });
    await openBoard(page);

    const help = page.getByTestId(`interp-request-${requestId}`);
    await expect(help).toContainText("Help");
    await expect(help).toContainText("Chinese booth · Meeting Room 2");
    await expect(help).toContainText(note);
    const slow = page
      .getByTestId("interp-requests")
      .locator('[data-kind="speak-slowly"][data-closed="false"]')
      .first();
    await expect(slow).toContainText("Anonymous");

    for (const stage of ["acknowledged", "handled", "closed"] as const) {
      await help.getByTestId(`interp-request-${stage}-${requestId}`).click();
      if (stage === "closed") break;
      const stamp = help.getByTestId(`interp-request-${stage}-${requestId}`);
      await expect(stamp).toHaveAttribute("data-done", "true");
      await expect(stamp).toContainText("14:10:00");
      await expect(stamp).toContainText("E2E duty officer");
    }
    // Closed: folded away with the other closed ones, greyed, its three stamps kept.
    await expect(help).toHaveCount(0);
    await page.getByTestId("interp-requests-closed-toggle").click();
    const closed = page.getByTestId("interp-requests-closed").getByTestId(`interp-request-${requestId}`);
    await expect(closed).toHaveAttribute("data-closed", "true");
    await expect(closed.getByTestId(`interp-request-closed-${requestId}`)).toContainText("Closed");
  });

  test("the roster edits a team, shows the hub's refusal, and the planning check follows", async ({
    page,
    request,
  }) => {
    // The bundled plan, as a rerun on the same hub needs it: one interpreter in the closing's Spanish booth.
    const closing = "d6-closing-plenary";
    await command(request, {
      type: "booth.assign",
      sessionId: closing,
      boothId: "plenary-es",
      interpreterIds: ["carmen-ortiz"],
      relaySource: "plenary-en",
    });
    await openBoard(page);
    await page.getByTestId("interp-tab-roster").click();
    await page.getByTestId("interp-day-6").click();

    const warning = page.getByTestId(`interp-planning-understaffed-${closing}-plenary-es`);
    await expect(warning).toContainText("Spanish booth, Closing plenary");
    await expect(warning).toContainText("1 assigned for 1:30 h; the norm is 2");

    const key = `${closing}-plenary-es`;
    const editor = page.getByTestId(`interp-editor-${key}`);
    await editor.getByTestId(`interp-editor-add-select-${key}`).selectOption("lucia-beltran");
    await editor.getByTestId(`interp-editor-add-${key}`).click();
    await expect(editor).toHaveAttribute("data-dirty", "true");
    // A draft changes nothing until it is saved.
    await expect(warning).toBeVisible();
    await editor.getByTestId(`interp-editor-save-${key}`).click();
    await expect(editor).toHaveAttribute("data-dirty", "false");
    await expect(editor.getByTestId(`interp-editor-team-${key}`)).toHaveText(
      /1\.Carmen Ortiz.*2\.Lucía Beltrán/,
    );
    await expect(warning).toHaveCount(0);
    await expect(page.getByTestId("interp-interpreter-lucia-beltran")).toContainText("1:30");

    // The French booth takes relay from the English one: English cannot take relay from French.
    const en = `${closing}-plenary-en`;
    await page.getByTestId(`interp-editor-source-${en}`).selectOption("plenary-fr");
    await page.getByTestId(`interp-editor-save-${en}`).click();
    await expect(page.getByTestId(`interp-editor-error-${en}`)).toContainText(
      "cannot take relay from each other",
    );
    await page.getByTestId(`interp-editor-undo-${en}`).click();
    await expect(page.getByTestId(`interp-editor-${en}`)).toHaveAttribute("data-dirty", "false");
  });

  test("working time counts the microphone and exports a CSV that Excel reads as UTF-8", async ({
    page,
    request,
  }) => {
    await sessionLive(request);
    await openBoard(page);
    const active = await onMic(page, ZH);
    await page.getByTestId("interp-tab-ledger").click();
    await page.getByTestId("interp-day-5").click();
    const row = page.getByTestId(`interp-ledger-${active}-2021-11-12`);
    await expect(row).toContainText(NAMES[active] ?? active);
    await expect(row).toContainText("Urban renewal");
    await expect(row).toHaveAttribute("data-over", "false");
    await expect(row.getByTestId(`interp-ledger-planned-${active}`)).toHaveText("2:00");

    const download = page.waitForEvent("download");
    await page.getByTestId("interp-ledger-export").click();
    const file = await (await download).path();
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "Day,Interpreter id,Interpreter,Sessions,Planned (min),On the microphone (min),Cap,Cap (min),Over cap",
    );
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^2021-11-12,${active},.*,${SESSION}`)));
  });
});
