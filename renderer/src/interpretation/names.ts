import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Locale } from "../../../shared/model/common";
import type { EventFile } from "../../../shared/model/eventFile";
import { FLOOR_SOURCE } from "../../../shared/model/interpretation";
import { pickText, useLocale } from "../i18n/i18n";

/** How the interpretation screens name things from the event file, in the current language. */
export interface Names {
  interpreter: (id: string) => string;
  language: (code: string) => string;
  /** "French booth", or the id when the booth is unknown. */
  booth: (boothId: string) => string;
  /** "French booth · Plenary Hall". */
  boothInRoom: (boothId: string) => string;
  room: (roomId: string) => string;
  session: (sessionId: string) => string;
  /** "Floor" or the pivot booth's name. */
  source: (source: string) => string;
}

/** What naming needs of an event: the whole file, or just the names another site's alerts mention. */
export type NameSource = Pick<EventFile, "languages" | "booths" | "sessions"> & {
  venue: Pick<EventFile["venue"], "rooms">;
  people: Pick<EventFile["people"], "interpreters">;
};

export function makeNames(event: NameSource, locale: Locale, t: TFunction): Names {
  const people = new Map(event.people.interpreters.map((p) => [p.id, p.name]));
  const languages = new Map(event.languages.map((l) => [l.code, l]));
  const booths = new Map(event.booths.map((b) => [b.id, b]));
  const rooms = new Map(event.venue.rooms.map((r) => [r.id, r]));
  const sessions = new Map(event.sessions.map((s) => [s.id, s]));
  const language = (code: string) => {
    const found = languages.get(code);
    return found ? pickText(found.name, locale) : code;
  };
  const room = (roomId: string) => {
    const found = rooms.get(roomId);
    return found ? pickText(found.name, locale) : roomId;
  };
  const booth = (boothId: string) => {
    const found = booths.get(boothId);
    return found ? t("interp.boothName", { language: language(found.language) }) : boothId;
  };
  return {
    interpreter: (id) => people.get(id) ?? id,
    language,
    booth,
    boothInRoom: (boothId) => {
      const found = booths.get(boothId);
      return found ? `${booth(boothId)} · ${room(found.roomId)}` : boothId;
    },
    room,
    session: (sessionId) => {
      const found = sessions.get(sessionId);
      return found ? pickText(found.title, locale) : sessionId;
    },
    source: (source) => (source === FLOOR_SOURCE ? t("interp.floor") : booth(source)),
  };
}

export function useNames(event: NameSource): Names {
  const { t } = useTranslation();
  const locale = useLocale();
  return useMemo(() => makeNames(event, locale, t), [event, locale, t]);
}
