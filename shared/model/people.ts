import { z } from "zod";
import { Id, LanguageCode, TimeZoneName } from "./common";

export const Speaker = z.object({
  id: Id,
  name: z.string().min(1),
  /** Name as written in Chinese, where the person has one. */
  nameZh: z.string().min(1).optional(),
  title: z.string().optional(),
  organisation: z.string().min(1),
  city: z.string().min(1),
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as 'CN'"),
  timeZone: TimeZoneName,
});
export type Speaker = z.infer<typeof Speaker>;

/** AIIC classification: A = mother tongue, B = active, C = passive. */
export const Interpreter = z.object({
  id: Id,
  name: z.string().min(1),
  languages: z.object({
    a: z.array(LanguageCode).min(1),
    b: z.array(LanguageCode).default([]),
    c: z.array(LanguageCode).default([]),
  }),
  remote: z.boolean().default(false),
});
export type Interpreter = z.infer<typeof Interpreter>;

export const People = z.object({
  speakers: z.array(Speaker),
  interpreters: z.array(Interpreter),
});
export type People = z.infer<typeof People>;
