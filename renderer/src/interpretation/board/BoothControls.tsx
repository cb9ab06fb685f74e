import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { RelayDistance } from "../../../../shared/interpretation/relay";
import type { Booth } from "../../../../shared/model/programme";
import { relaySources } from "../../../../shared/views/boothRoster";
import { useHub } from "../../state/hubStore";
import { runBoardCommand } from "../interpretationActions";
import type { Names } from "../names";

const DISTANCE_GLYPH: Record<RelayDistance, string> = { floor: "◆", "+": "+", "-": "−" };

/** How far the booth is from the original: floor, + (direct) or − (relay of relay), as desks show it. */
export function DistanceBadge({ boothId, distance }: { boothId: string; distance: RelayDistance }) {
  const { t } = useTranslation();
  const key = distance === "floor" ? "floor" : distance === "+" ? "direct" : "relayOfRelay";
  return (
    <span
      className={`distance-badge distance-${key}`}
      data-testid={`interp-distance-${boothId}`}
      data-distance={distance}
    >
      <span className="distance-glyph" aria-hidden="true">
        {DISTANCE_GLYPH[distance]}
      </span>{" "}
      {t(`interp.distance.${key}`)}
    </span>
  );
}

/** The booth's source: a picker while it works a session (booth.setRelay), the plan otherwise. */
export function RelayControl({
  booth,
  booths,
  working,
  planned,
  names,
}: {
  booth: Booth;
  booths: Booth[];
  working: boolean;
  planned: string;
  names: Names;
}) {
  const { t } = useTranslation();
  const connected = useHub((s) => s.link === "connected");
  const [busy, setBusy] = useState(false);
  const id = `interp-relay-${booth.id}`;
  return (
    <div className="relay-control">
      <label htmlFor={id} className="muted">
        {t("interp.card.source")}
      </label>
      {working ? (
        <select
          id={id}
          className="input relay-select"
          data-testid={id}
          value={planned}
          disabled={!connected || busy}
          onChange={async (e) => {
            setBusy(true);
            await runBoardCommand({
              type: "booth.setRelay",
              boothId: booth.id,
              source: e.currentTarget.value,
            });
            setBusy(false);
          }}
        >
          {relaySources(booths, booth.id).map((source) => (
            <option key={source} value={source}>
              {names.source(source)}
            </option>
          ))}
        </select>
      ) : (
        <span id={id} className="relay-planned" data-testid={id}>
          {names.source(planned)}
        </span>
      )}
    </div>
  );
}

/** Hand the microphone over: to the next in turn order by default, or to the partner picked. */
export function HandoverControl({
  boothId,
  team,
  activeId,
  nextId,
  names,
}: {
  boothId: string;
  team: string[];
  activeId: string;
  nextId: string | null;
  names: Names;
}) {
  const { t } = useTranslation();
  const connected = useHub((s) => s.link === "connected");
  const [to, setTo] = useState(nextId ?? "");
  const [busy, setBusy] = useState(false);
  const partners = team.filter((id) => id !== activeId);
  const target = partners.includes(to) ? to : (nextId ?? "");
  return (
    <div className="handover-control">
      <label className="handover-to">
        <span className="muted">{t("interp.card.takesOver")}</span>
        <select
          className="input handover-select"
          data-testid={`interp-handover-to-${boothId}`}
          value={target}
          disabled={partners.length === 0}
          onChange={(e) => setTo(e.currentTarget.value)}
        >
          {partners.map((id) => (
            <option key={id} value={id}>
              {names.interpreter(id)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button-primary handover-button"
        data-testid={`interp-handover-${boothId}`}
        disabled={!connected || busy || target === ""}
        onClick={async () => {
          setBusy(true);
          await runBoardCommand({ type: "booth.handover", boothId, toInterpreterId: target });
          setBusy(false);
        }}
      >
        ⇄ {t("interp.card.handover")}
      </button>
    </div>
  );
}
