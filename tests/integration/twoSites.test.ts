import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleServerMessage } from "../../shared/protocol/consoleProtocol";
import type { SiteSummary } from "../../shared/sites/siteSummary";
import {
  type NatsCluster,
  type NatsLeaf,
  requireNatsServer,
  startNatsCluster,
  startNatsLeaf,
} from "../support/natsCluster";
import { isAck, isSnapshot, TestConsole } from "./support/consoleClient";
import { DUTY_OFFICER_HELLO, type HubProcess, startHubProcess, tempDataDir } from "./support/hubProcess";
import { waitForRole } from "./support/siteHubs";

requireNatsServer();

const isSites = (m: ConsoleServerMessage): m is Extract<ConsoleServerMessage, { type: "sites" }> =>
  m.type === "sites";

/** Waits for a `sites` message whose studio summary passes `check`. */
async function studioWhere(client: TestConsole, check: (studio: SiteSummary) => boolean, timeoutMs = 30_000) {
  const message = await client.waitFor(
    (m): m is Extract<ConsoleServerMessage, { type: "sites" }> =>
      isSites(m) && m.sites.some((s) => s.site === "studio" && check(s)),
    timeoutMs,
  );
  return message.sites.find((s) => s.site === "studio") as SiteSummary;
}

async function setIssue(client: TestConsole, id: string, issue: string): Promise<boolean> {
  client.send({ type: "command", id, command: { type: "room.setIssue", roomId: "studio-a", issue } });
  return (await client.waitFor(isAck(id), 15_000)).ok;
}

describe(`two sites linked through a leaf node`, () => {
  let cluster: NatsCluster;
  let leaf: NatsLeaf;
  const hubs: HubProcess[] = [];

  beforeAll(async () => {
    cluster = await startNatsCluster({ nodes: 3 });
    leaf = await startNatsLeaf({ hubCluster: cluster, jetStreamDomain: "studio", name: "studio" });
  }, 60_000);
  afterAll(async () => {
    await Promise.all(hubs.map((hub) => hub.kill().catch(() => undefined)));
    await leaf?.close();
    await cluster?.close();
  });

  it("the main control room sees the studio's rooms; each site works through a cut link and catches up", async () => {
    const main = await startHubProcess(tempDataDir(), [
      "--journal",
      cluster.url,
      "--hub-id",
      "main-a",
      "--remote-site",
      "studio",
    ]);
    hubs.push(main);
    const studio = await startHubProcess(tempDataDir(), [
      "--journal",
      leaf.url,
      "--site",
      "studio",
      "--hub-id",
      "studio-a",
    ]);
    hubs.push(studio);
    await waitForRole(main.url, "primary", 20_000);
    await waitForRole(studio.url, "primary", 20_000);

    const duty = await TestConsole.connect(main.url);
    duty.send({ type: "hello", ...DUTY_OFFICER_HELLO });
    await duty.waitFor(isSnapshot);
    const studioDesk = await TestConsole.connect(studio.url);
    studioDesk.send({ type: "hello", ...DUTY_OFFICER_HELLO });
    await studioDesk.waitFor(isSnapshot);

    // A change at the studio shows in the main control room's picture.
    expect(await setIssue(studioDesk, "s1", "camera 2 framing")).toBe(true);
    const seen = await studioWhere(duty, (s) =>
      s.rooms.some((r) => r.id === "studio-a" && r.issue === "camera 2 framing"),
    );
    expect(seen.link.status).toBe("live");

    // The link drops: both sites keep taking commands; the main room sees the link as cut.
    leaf.cutLink();
    const cutAt = Date.now();
    // Only what the main room is told from now on counts.
    duty.received.length = 0;
    for (let i = 0; i < 5; i++)
      expect(await setIssue(studioDesk, `cut-${i}`, `during the cut ${i}`)).toBe(true);
    duty.send({
      type: "command",
      id: "m1",
      command: { type: "room.setIssue", roomId: "plenary", issue: "main works" },
    });
    expect((await duty.waitFor(isAck("m1"), 15_000)).ok).toBe(true);
    await studioWhere(duty, (s) => s.link.status === "cut");
    const cutShownMs = Date.now() - cutAt;

    // Healed: the main room catches up with what the studio did meanwhile.
    leaf.healLink();
    const healedAt = Date.now();
    duty.received.length = 0;
    const caughtUp = await studioWhere(
      duty,
      (s) =>
        s.link.status === "live" &&
        s.rooms.some((r) => r.id === "studio-a" && r.issue === "during the cut 4"),
      60_000,
    );
    console.log(
      `two sites: cut shown after ${cutShownMs} ms; caught up ${Date.now() - healedAt} ms after the link came back (studio seq ${caughtUp.seq})`,
    );
    duty.close();
    studioDesk.close();
  }, 120_000);
});
