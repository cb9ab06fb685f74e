import { DateTime } from "luxon";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BoothRequest, RequestStage, Stamp } from "../../../../shared/live/liveState";
import { TickingText } from "../../components/TickingText";
import { formatAgo } from "../../format/relativeTime";
import { useLocale } from "../../i18n/i18n";
import { useHub } from "../../state/hubStore";
import { runBoardCommand } from "../interpretationActions";
import type { Names } from "../names";

const KIND_GLYPH = { help: "✚", "speak-slowly": "◔" } as const;

const STAGE_COMMAND = {
  acknowledged: "request.acknowledge",
  handled: "request.handle",
  closed: "request.close",
} as const;
const STAGES: RequestStage[] = ["acknowledged", "handled", "closed"];

function StageCell({
  request,
  stage,
  zone,
  disabled,
}: {
  request: BoothRequest;
  stage: RequestStage;
  zone: string;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const stamp: Stamp | null = request[stage];
  const testId = `interp-request-${stage}-${request.id}`;
  if (stamp) {
    return (
      <span className="request-stamp" data-testid={testId} data-done="true">
        <span className="request-stamp-word">✓ {t(`interp.requests.done.${stage}`)}</span>
        <span className="tabular">{DateTime.fromISO(stamp.at, { zone }).toFormat("HH:mm:ss")}</span>
        <span className="request-stamp-by">{stamp.by.operator}</span>
      </span>
    );
  }
  return (
    <button
      type="button"
      className="button request-action"
      data-testid={testId}
      disabled={disabled || request.closed !== null}
      onClick={() => void runBoardCommand({ type: STAGE_COMMAND[stage], requestId: request.id })}
    >
      {t(`interp.requests.action.${stage}`)}
    </button>
  );
}

function RequestItem({ request, names, zone }: { request: BoothRequest; names: Names; zone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const connected = useHub((s) => s.link === "connected");
  const raisedMs = Date.parse(request.raisedAt);
  const closed = request.closed !== null;
  return (
    <li
      className={closed ? "request is-closed" : `request request-${request.kind}`}
      data-testid={`interp-request-${request.id}`}
      data-kind={request.kind}
      data-closed={closed}
    >
      <div className="request-head">
        <span className="request-kind">
          <span aria-hidden="true">{KIND_GLYPH[request.kind]}</span>{" "}
          {t(`interp.requests.kind.${request.kind}`)}
        </span>
        <span className="request-age tabular">
          {DateTime.fromMillis(raisedMs, { zone }).toFormat("HH:mm")} ·{" "}
          <TickingText render={(now) => formatAgo(raisedMs, now, locale)} />
        </span>
      </div>
      <p className="request-booth">{names.boothInRoom(request.boothId)}</p>
      {request.kind === "speak-slowly" && (
        <p className="request-note muted">{t("interp.requests.anonymous")}</p>
      )}
      {request.note && <p className="request-note">“{request.note}”</p>}
      <div className="request-stages">
        {STAGES.map((stage) => (
          <StageCell key={stage} request={request} stage={stage} zone={zone} disabled={!connected} />
        ))}
      </div>
    </li>
  );
}

/** Calls from the booths, newest open first; closed ones folded away below. */
export function RequestQueue({ names, zone }: { names: Names; zone: string }) {
  const { t } = useTranslation();
  const requests = useHub((s) => s.live?.requests);
  const [showClosed, setShowClosed] = useState(false);
  const { open, closed } = useMemo(() => {
    const all = Object.values(requests ?? {}).sort((a, b) => Date.parse(b.raisedAt) - Date.parse(a.raisedAt));
    return { open: all.filter((r) => r.closed === null), closed: all.filter((r) => r.closed !== null) };
  }, [requests]);
  return (
    <section
      className="panel request-queue"
      aria-labelledby="interp-requests-heading"
      data-testid="interp-requests"
    >
      <header className="panel-header">
        <h2 id="interp-requests-heading">{t("interp.requests.heading")}</h2>
        <span className="muted tabular" data-testid="interp-requests-open">
          {t("interp.requests.openCount", { count: open.length })}
        </span>
      </header>
      <div className="request-scroll">
        {open.length === 0 ? (
          <p className="muted request-none">{t("interp.requests.none")}</p>
        ) : (
          <ul className="request-list">
            {open.map((r) => (
              <RequestItem key={r.id} request={r} names={names} zone={zone} />
            ))}
          </ul>
        )}
        {closed.length > 0 && (
          <>
            <button
              type="button"
              className="button request-closed-toggle"
              data-testid="interp-requests-closed-toggle"
              aria-expanded={showClosed}
              onClick={() => setShowClosed(!showClosed)}
            >
              {showClosed ? "▾" : "▸"} {t("interp.requests.closed", { count: closed.length })}
            </button>
            {showClosed && (
              <ul className="request-list is-closed" data-testid="interp-requests-closed">
                {closed.map((r) => (
                  <RequestItem key={r.id} request={r} names={names} zone={zone} />
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
