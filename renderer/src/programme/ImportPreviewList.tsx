import { useTranslation } from "react-i18next";
import type { EventFile } from "../../../shared/model/eventFile";
import { formatShortDate, formatTime } from "../format/venueTime";
import { pickText, useLocale } from "../i18n/i18n";
import type { FieldChange, ImportPreview, PreviewItem } from "./importPreview";

/** Added, changed, removed: a symbol and a word each, never a colour alone. */
const MARK = { added: "+", changed: "~", removed: "−" } as const;
type Change = keyof typeof MARK;

function useDetailText(zone: string, rooms: EventFile["venue"]["rooms"]) {
  const locale = useLocale();
  return (change: FieldChange, value: string): string => {
    if (value === "") return "—";
    if (change.field === "start" || change.field === "end") {
      const ms = Date.parse(value);
      return Number.isNaN(ms) ? value : `${formatShortDate(ms, zone, locale)} ${formatTime(ms, zone)}`;
    }
    if (change.field === "roomId") {
      const room = rooms.find((r) => r.id === value);
      return room ? pickText(room.name, locale) : value;
    }
    return value;
  };
}

function Item({
  item,
  change,
  detailText,
}: {
  item: PreviewItem;
  change: Change;
  detailText: (change: FieldChange, value: string) => string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name =
    item.name === null ? null : typeof item.name === "string" ? item.name : pickText(item.name, locale);
  return (
    <li
      className="programme-item"
      data-change={change}
      data-live={item.liveStatus !== null}
      data-testid={`programme-${change}-${item.id}`}
    >
      <span className="programme-item-head">
        <span className="programme-mark" aria-hidden="true">
          {MARK[change]}
        </span>
        <span className="sr-only">{t(`programme.preview.${change}`)}:</span>
        <code className="programme-id">{item.id}</code>
        {name && name !== item.id && <span className="programme-name">{name}</span>}
        {item.liveStatus && (
          <span className="programme-live-tag">
            ● {t(`sessionStatus.${item.liveStatus as "live"}`)}
            {change === "changed" ? ` · ${t("programme.preview.liveKept")}` : ""}
          </span>
        )}
      </span>
      {change === "changed" && item.details.length === 0 && (
        <span className="programme-fields muted">
          {t("programme.preview.fields", { fields: item.fields.join(", ") })}
        </span>
      )}
      {item.details.length > 0 && (
        <span className="programme-details">
          {item.details.map((d) => (
            <span key={d.field} className="programme-detail tabular">
              <span className="muted">{t(`programme.preview.detail.${d.field}`)}:</span>{" "}
              {detailText(d, d.before)} <span aria-hidden="true">→</span>
              <span className="sr-only">{t("programme.preview.becomes")}</span>{" "}
              <strong>{detailText(d, d.after)}</strong>
            </span>
          ))}
        </span>
      )}
    </li>
  );
}

/** What the import adds, changes and removes, by collection; removed live sessions called out first. */
export function ImportPreviewList({ preview, event }: { preview: ImportPreview; event: EventFile }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const detailText = useDetailText(event.event.timeZone, event.venue.rooms);

  if (preview.groups.length === 0)
    return (
      <p className="programme-nothing" data-testid="programme-no-changes">
        = {t("programme.preview.noChanges")}
      </p>
    );

  return (
    <>
      <p className="programme-change-counts" data-testid="programme-change-counts">
        {t("programme.preview.counts", preview.counts)}
      </p>
      {preview.removedLive.length > 0 && (
        <div className="programme-callout" role="alert" data-testid="programme-removed-live">
          <p className="programme-callout-title">⛔ {t("programme.preview.removedLiveTitle")}</p>
          <p>
            {t("programme.preview.removedLive", {
              sessions: preview.removedLive
                .map((i) =>
                  i.name && typeof i.name !== "string" ? `${pickText(i.name, locale)} (${i.id})` : i.id,
                )
                .join(", "),
            })}
          </p>
        </div>
      )}
      {preview.groups.map((group) => (
        <section
          key={group.collection}
          className="programme-group"
          data-testid={`programme-group-${group.collection}`}
        >
          <h4>
            {t(`programme.preview.collections.${group.collection}`)}{" "}
            <span className="muted tabular">
              {t("programme.preview.counts", {
                added: group.added.length,
                changed: group.changed.length,
                removed: group.removed.length,
              })}
            </span>
          </h4>
          <ul className="programme-items">
            {(["added", "changed", "removed"] as const).flatMap((change) =>
              group[change].map((item) => (
                <Item key={`${change}-${item.id}`} item={item} change={change} detailText={detailText} />
              )),
            )}
          </ul>
        </section>
      ))}
    </>
  );
}
