import { useTranslation } from "react-i18next";
import type { RelayNode } from "../../../../shared/interpretation/board";
import { relayMap } from "../../../../shared/interpretation/board";
import type { Names } from "../names";

export type PivotRisk = Record<string, "offline" | "silent" | "handing-over">;

function Node({ node, names, risk }: { node: RelayNode; names: Names; risk: PivotRisk }) {
  const { t } = useTranslation();
  const reason = node.children.length > 0 ? risk[node.boothId] : undefined;
  return (
    <li className={node.children.length > 0 ? "relay-node has-children" : "relay-node"}>
      <span
        className={reason ? `relay-chip is-at-risk risk-${reason}` : "relay-chip"}
        data-testid={`interp-relay-node-${node.boothId}`}
        data-risk={reason ?? ""}
      >
        {reason && <span aria-hidden="true">⚠ </span>}
        {names.booth(node.boothId)}
        {reason && <span className="relay-risk-word"> · {t(`interp.pivotReason.${reason}`)}</span>}
      </span>
      {node.children.length > 0 && (
        <>
          <span className={reason ? "relay-arrow is-at-risk" : "relay-arrow"} aria-hidden="true">
            ▶
          </span>
          <span className="sr-only">{t("interp.relay.givesTo")}</span>
          <ul className="relay-children">
            {node.children.map((child) => (
              <Node key={child.boothId} node={child} names={names} risk={risk} />
            ))}
          </ul>
          {reason && <span className="relay-risk-note">{t("interp.relay.atRisk")}</span>}
        </>
      )}
    </li>
  );
}

/** Floor ▶ booths on the floor ▶ the booths taking relay from them, with a pivot at risk marked. */
export function RelayMapView({
  sessionId,
  boothIds,
  sources,
  names,
  risk,
}: {
  sessionId: string;
  boothIds: string[];
  sources: Record<string, string>;
  names: Names;
  risk: PivotRisk;
}) {
  const { t } = useTranslation();
  const map = relayMap(boothIds, (id) => sources[id] ?? "floor");
  return (
    <div className="relay-map" data-testid={`interp-relay-map-${sessionId}`}>
      <span className="relay-map-label muted">{t("interp.relay.map")}</span>
      <span className="relay-chip relay-floor">{t("interp.floor")}</span>
      <span className="relay-arrow" aria-hidden="true">
        ▶
      </span>
      <ul className="relay-children">
        {map.fromFloor.map((node) => (
          <Node key={node.boothId} node={node} names={names} risk={risk} />
        ))}
      </ul>
      {map.unresolved.map(({ boothId, source }) => (
        <span key={boothId} className="relay-chip is-at-risk">
          ⚠ {t("interp.relay.unresolved", { booth: names.booth(boothId), source: names.source(source) })}
        </span>
      ))}
    </div>
  );
}
