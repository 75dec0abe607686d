import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import type { Flow, FlowId, ItemId, QuestionId } from "../core/checklist/flow-types.js";
import { SUPPORTED_LOCALES, type Locale } from "../core/locales.js";
import { checklistFileSchema, copyFileSchema, flowFileSchema } from "./flow-schema.js";
import { ContentError } from "./parse-card.js";
import { validateFlow } from "./validate-flows.js";

export type FlowCopyFile = z.infer<typeof copyFileSchema>;

export interface ParsedFlows {
  flows: Flow[];
  /** locale → flow id → copy */
  copy: Record<Locale, Record<string, FlowCopyFile>>;
  errors: ContentError[];
  /** Every file read, with its text, for the content hash. */
  files: [string, string][];
}

function readYaml<T>(path: string, rel: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, "utf8"));
  } catch (e) {
    throw new ContentError(rel, [`YAML: ${(e as Error).message.split("\n")[0]}`]);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(rel, result.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`));
  return result.data;
}

/** Reads and validates content/flows/<id>/{flow,checklist,copy.<lang>}.yaml. */
export function parseFlows(contentDir: string): ParsedFlows {
  const root = join(contentDir, "flows");
  const out: ParsedFlows = { flows: [], copy: {} as ParsedFlows["copy"], errors: [], files: [] };
  for (const lang of SUPPORTED_LOCALES) out.copy[lang] = {};
  let dirs: string[] = [];
  try {
    dirs = readdirSync(root).filter((d) => !d.startsWith("_") && statSync(join(root, d)).isDirectory()).sort();
  } catch {
    return out;
  }
  for (const dir of dirs) {
    const rel = (f: string) => `flows/${dir}/${f}`;
    try {
      for (const f of readdirSync(join(root, dir)).sort()) out.files.push([rel(f), readFileSync(join(root, dir, f), "utf8")]);
      const file = readYaml(join(root, dir, "flow.yaml"), rel("flow.yaml"), flowFileSchema);
      if (file.id !== dir) throw new ContentError(rel("flow.yaml"), [`id: "${file.id}" does not match the folder name`]);
      const checklist = readYaml(join(root, dir, "checklist.yaml"), rel("checklist.yaml"), checklistFileSchema);
      const flow: Flow = {
        id: file.id as FlowId,
        source: file.source,
        legalBasis: file.legal_basis,
        officialUrl: file.official_url,
        reviewed: file.reviewed,
        cards: file.cards,
        start: file.start as QuestionId,
        questions: file.questions.map((q) => ({
          id: q.id as QuestionId,
          kind: q.kind,
          options: q.options,
          next: q.next.map((r) => ({ goto: r.goto, ...("when" in r && r.when ? { when: r.when } : {}) })),
        })),
        items: checklist.items.map((i) => ({
          id: i.id as ItemId,
          group: i.group,
          ...(i.when ? { when: i.when } : {}),
          ...(i.legal_basis ? { legalBasis: i.legal_basis } : {}),
          ...(i.fee ? { fee: i.fee } : {}),
          ...(i.fee_as_of ? { feeAsOf: i.fee_as_of } : {}),
          ...(i.url ? { url: i.url } : {}),
          ...(i.deadline ? { deadline: i.deadline } : {}),
        })),
      };
      const copies: Partial<Record<Locale, FlowCopyFile>> = {};
      for (const lang of SUPPORTED_LOCALES) {
        const name = `copy.${lang}.yaml`;
        try {
          copies[lang] = readYaml(join(root, dir, name), rel(name), copyFileSchema);
          out.copy[lang][flow.id] = copies[lang]!;
        } catch (e) {
          if (e instanceof ContentError) out.errors.push(e);
          else out.errors.push(new ContentError(rel(name), ["missing: every flow needs its copy in every language"]));
        }
      }
      out.errors.push(...validateFlow(flow, copies, `flows/${dir}`));
      out.flows.push(flow);
    } catch (e) {
      if (e instanceof ContentError) out.errors.push(e);
      else throw e;
    }
  }
  return out;
}
