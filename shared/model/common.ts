import { z } from "zod";

/** Ids are stable, lower-case slugs so they read well in logs, URLs and error messages. */
export const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lower-case slug (a-z, 0-9 and '-')");
export type Id = z.infer<typeof Id>;

/** Every visible name exists in both control-room languages. */
export const LocalizedText = z.object({
  en: z.string().min(1),
  "zh-CN": z.string().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];

/** An instant with its offset, e.g. 2021-11-08T09:00:00+08:00. The offset keeps the true instant. */
export const Instant = z.iso.datetime({ offset: true });

/** A calendar date, e.g. 2021-11-08. */
export const CalendarDate = z.iso.date();

/** IANA time zone name; checked against the runtime's zone database during validation. */
export const TimeZoneName = z.string().min(1);

/** Language code as used for booths and channels (ISO 639-1: zh, en, fr, es ...). */
export const LanguageCode = z.string().regex(/^[a-z]{2,3}$/, "must be an ISO 639 language code such as 'en'");

/** A point on a floor plan, in metres from the plan's top-left corner. */
export const Point = z.tuple([z.number().finite(), z.number().finite()]);
export type Point = z.infer<typeof Point>;
