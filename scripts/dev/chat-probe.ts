// Runs each line "lang|question" of a file through the chat core and prints status and card:
// `npx tsx scripts/dev/chat-probe.ts questions.txt`. For tuning retrieval on failures.
import { readFileSync } from "node:fs";
import { readKnowledgeBundle } from "../../src/adapters/node/knowledge.js";
import { answerChat } from "../../src/core/chat/answer-chat.js";
import { createI18n } from "../../src/core/i18n/create-i18n.js";
import { knowledgeFromBundle } from "../../src/core/knowledge-view.js";

const bundle = readKnowledgeBundle("knowledge");
const deps = {
  knowledge: knowledgeFromBundle(bundle),
  translate: createI18n(bundle.i18n),
  store: { getContext: async () => undefined, saveTurn: async () => {} },
  newId: () => "probe",
  now: () => new Date(),
};
const lines = readFileSync(process.argv[2] ?? "/dev/stdin", "utf8").split("\n").filter(Boolean);
for (const line of lines) {
  const question = line.includes("|") ? line.slice(line.indexOf("|") + 1) : line;
  const r = await answerChat({ message: question }, deps);
  console.log(`${r.status.padEnd(12)} ${(r.sources[0]?.id ?? "-").padEnd(40)} ${r.lang} <= ${question.slice(0, 70)}`);
}
