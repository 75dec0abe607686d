// Prints the top search hits for a question: `npx tsx scripts/dev/search-probe.ts es "pregunta" ["turno anterior"]`.
import { readKnowledgeBundle } from "../../src/adapters/node/knowledge.js";
import { knowledgeFromBundle } from "../../src/core/knowledge-view.js";
import { analyzeTokens } from "../../src/core/retrieval/configure-lunr.js";
import type { Locale } from "../../src/core/locales.js";

const k = knowledgeFromBundle(readKnowledgeBundle("knowledge"));
const [lang, q, ctx] = process.argv.slice(2) as [Locale, string, string | undefined];
console.log(analyzeTokens(q, lang));
for (const hit of k.index(lang).search(q, ctx ? { context: ctx } : {})) console.log(hit);
