import { z } from "zod";
import { AUDIENCES, SOURCE_IDS } from "../core/cards/card-types.js";
import { SUPPORTED_LOCALES } from "../core/locales.js";

const nonEmpty = z.string().trim().min(1);
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, -)");

/** Front matter of one card file, as editors write it. */
export const cardFrontMatterSchema = z.strictObject({
  id: kebab,
  lang: z.enum(SUPPORTED_LOCALES),
  source: z.enum(SOURCE_IDS),
  audience: z.array(z.enum(AUDIENCES)).min(1),
  topic: kebab,
  title: nonEmpty,
  questions: z.array(nonEmpty).min(5, "needs at least 5 ways people ask it"),
  summary: nonEmpty.refine((s) => s.split(/\s+/).length <= 130, "summary is over 130 words"),
  points: z.array(nonEmpty).min(1).max(8),
  caveat: nonEmpty.optional(),
  legal_basis: z.array(nonEmpty).min(1),
  official_url: z.url({ protocol: /^https?$/ }),
  contacts: z.array(z.strictObject({ name: nonEmpty, value: nonEmpty })).min(1),
  reviewed: z.union([z.date(), z.string()]).transform((v, ctx) => {
    const iso = v instanceof Date ? v.toISOString().slice(0, 10) : v;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(Date.parse(iso))) {
      ctx.addIssue({ code: "custom", message: "must be a date YYYY-MM-DD" });
    }
    return iso;
  }),
  keywords: z.array(z.union([nonEmpty, z.number().transform(String)])).default([]),
  related: z.array(kebab).default([]),
});

export type CardFrontMatter = z.infer<typeof cardFrontMatterSchema>;
