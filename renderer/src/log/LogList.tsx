import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { LOG_ENTRY_TYPES, LOG_SEVERITIES } from "../../../shared/model/logbook";
import { pickText, useLocale } from "../i18n/i18n";
import type { EventViews } from "../state/eventViews";
import { useHub } from "../state/hubStore";
import { LogEntryCard } from "./LogEntryCard";
import { correctionsOf, filterLog } from "./logFilter";
import { useLogNames } from "./logNames";
import { ENTRY_TYPE_GLYPH, KEY_EVENT_GLYPH, LOG_SEVERITY_GLYPH } from "./logSymbols";
import { useLogUi } from "./logUi";

const EMPTY: never[] = [];

/** The log, newest first, with its search and filters; "correct" hands an entry to the form. */
export function LogList({ views }: { views: EventViews }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const entries = useHub((s) => s.live?.log ?? EMPTY);
  const filter = useLogUi((s) => s.filter);
  const setFilter = useLogUi((s) => s.setFilter);
  const correct = useLogUi((s) => s.correct);
  const names = useLogNames(views.event);
  const shown = useMemo(() => filterLog(entries, filter, names.roomOf), [entries, filter, names]);
  const corrections = useMemo(() => correctionsOf(entries), [entries]);
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const toggle = <T,>(list: readonly T[], value: T) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

  return (
    <section className="log-list panel" aria-label={t("log.title")} data-testid="log-list">
      <div className="log-filters">
        <input
          className="input log-search"
          type="search"
          data-testid="log-search"
          aria-label={t("log.filter.text")}
          placeholder={t("log.filter.text")}
          value={filter.text}
          onChange={(e) => setFilter({ text: e.currentTarget.value })}
        />
        <fieldset className="plain-fieldset segmented">
          <legend className="sr-only">{t("log.form.type")}</legend>
          {LOG_ENTRY_TYPES.map((type) => (
            <button
              key={type}
              type="button"
              className="segment"
              data-testid={`log-filter-type-${type}`}
              aria-pressed={filter.types.includes(type)}
              title={t(`log.type.${type}`)}
              onClick={() => setFilter({ types: toggle(filter.types, type) })}
            >
              <span aria-hidden="true">{ENTRY_TYPE_GLYPH[type]}</span> {t(`log.type.${type}`)}
            </button>
          ))}
        </fieldset>
        <fieldset className="plain-fieldset segmented">
          <legend className="sr-only">{t("log.form.severity")}</legend>
          {LOG_SEVERITIES.map((severity) => (
            <button
              key={severity}
              type="button"
              className="segment"
              data-testid={`log-filter-severity-${severity}`}
              aria-pressed={filter.severities.includes(severity)}
              onClick={() => setFilter({ severities: toggle(filter.severities, severity) })}
            >
              <span aria-hidden="true">{LOG_SEVERITY_GLYPH[severity]}</span>{" "}
              {t(`interp.severity.${severity}`)}
            </button>
          ))}
        </fieldset>
        <button
          type="button"
          className="segment"
          data-testid="log-filter-key"
          aria-pressed={filter.keyOnly}
          onClick={() => setFilter({ keyOnly: !filter.keyOnly })}
        >
          <span aria-hidden="true">{KEY_EVENT_GLYPH}</span> {t("log.filter.keyOnly")}
        </button>
        <select
          className="input log-filter-room"
          data-testid="log-filter-room"
          aria-label={t("log.filter.room")}
          value={filter.roomId}
          onChange={(e) => setFilter({ roomId: e.currentTarget.value })}
        >
          <option value="">{t("log.filter.anyRoom")}</option>
          {views.event.venue.rooms.map((r) => (
            <option key={r.id} value={r.id}>
              {pickText(r.name, locale)}
            </option>
          ))}
        </select>
      </div>
      <p className="muted log-count" data-testid="log-count">
        {t("log.shownCount", { count: shown.length, total: entries.length })}
      </p>
      {shown.length === 0 ? (
        <p className="log-empty muted">{entries.length === 0 ? t("log.empty") : t("log.noMatch")}</p>
      ) : (
        <ol className="log-entries">
          {shown.map((entry) => (
            <LogEntryCard
              key={entry.id}
              entry={entry}
              correctedBy={corrections.get(entry.id) ?? EMPTY}
              corrects={entry.corrects ? (byId.get(entry.corrects) ?? null) : null}
              names={names}
              zone={views.zone}
              onCorrect={correct}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
