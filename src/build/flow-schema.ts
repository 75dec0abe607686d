import { z } from "zod";
import type { Condition } from "../core/checklist/flow-types.js";
import { SOURCE_IDS } from "../core/cards/card-types.js";

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, -)");
const nonEmpty = z.string().trim().min(1);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ q: kebab, is: kebab }),
    z.strictObject({ q: kebab, in: z.array(kebab).min(1) }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ predicate: kebab }),
  ]),
);

const routeSchema = z.strictObject({ when: conditionSchema.optional(), goto: kebab });

export const flowFileSchema = z.strictObject({
  id: kebab,
  source: z.enum(SOURCE_IDS),
  legal_basis: z.array(nonEmpty).min(1),
  official_url: z.url({ protocol: /^https?$/ }),
  reviewed: z.union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
  cards: z.array(kebab).default([]),
  start: kebab,
  questions: z
    .array(
      z.strictObject({
        id: kebab,
        kind: z.enum(["choice", "date"]).default("choice"),
        options: z.array(kebab).default([]),
        next: z.union([kebab.transform((goto) => [{ goto }]), z.array(routeSchema).min(1)]),
      }),
    )
    .min(1),
});

export const checklistFileSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        id: kebab,
        group: kebab,
        when: conditionSchema.optional(),
        legal_basis: nonEmpty.optional(),
        fee: nonEmpty.optional(),
        fee_as_of: nonEmpty.optional(),
        url: z.url().optional(),
        deadline: z
          .strictObject({ from: kebab, days: z.number().int().positive(), unit: z.enum(["calendar", "working"]) })
          .optional(),
      }),
    )
    .min(1),
});

const optionCopy = z.strictObject({ label: nonEmpty, keywords: z.array(nonEmpty).min(1).optional() });

export const copyFileSchema = z.strictObject({
  title: nonEmpty,
  intro: nonEmpty,
  triggers: z.array(nonEmpty).min(1).optional(),
  questions: z.record(kebab, z.strictObject({ text: nonEmpty, hint: nonEmpty.optional(), options: z.record(kebab, optionCopy).optional() })),
  items: z.record(kebab, z.strictObject({ title: nonEmpty, detail: nonEmpty, where: nonEmpty.optional() })),
  groups: z.record(kebab, nonEmpty),
  notes: z.array(nonEmpty).min(1).optional(),
});
