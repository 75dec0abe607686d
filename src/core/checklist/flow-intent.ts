import { regexpLiteral } from "../regexp-literal.js";
import { foldText } from "../retrieval/text-fold.js";

// "What do I need / which documents / requirements": the question wants a list, not an explanation.
const WANTS_A_LIST = new RegExp(
  [
    "\\bque (necesito|necesita|necesitamos|necesitan|requisitos|documentos|papeles|debo|tengo que|hay que|piden)",
    "\\brequisitos?\\b", "\\bdocumentos?\\b", "\\bpapeles\\b", "\\btraer a\\b", "\\bcomo (traigo|hago|saco|pido|tramito|solicito)",
    "\\bwhat do (i|we|they|you|she|he) (need|have to|bring)", "\\bwhat (documents|papers)", "\\brequirements?\\b", "\\bdocuments?\\b", "\\bbring (my|our|her|his)\\b", "\\bneed to (do|bring)",
    "\\bo que (eu )?preciso", "\\bquais documentos", "\\brequisitos\\b", "\\btrazer\\b",
    "\\bquels? documents?", "\\bpapiers\\b", "\\bil faut\\b", "\\bfaire venir\\b",
    "\\bpapye\\b", "\\bdokiman\\b", "\\bkisa (m|mwen|li) bezwen", "\\bmennen\\b",
    "\\bdocumenti\\b", "\\brequisiti\\b", "\\bcosa serve", "\\bportare\\b",
    "\\bpapelkuna", "\\bimakunata",
    "材料", "文件", "手续", "需要什么", "書類", "必要", "手続",
  ].join("|"),
  "u",
);

/** True when the message (already folded with `foldText`) asks for what is needed. */
export function wantsAList(text: string): boolean {
  return WANTS_A_LIST.test(text);
}

/**
 * Each flow copy's trigger phrases, folded once and joined into one pattern of literal
 * alternatives (the copy never changes): one scan of the message instead of one per phrase.
 */
const triggerPatterns = new WeakMap<readonly string[], RegExp>();

/** True when the message (already folded with `foldText`) contains one of a flow's trigger phrases. */
export function mentionsTrigger(text: string, triggers: readonly string[] | undefined): boolean {
  if (!triggers?.length) return false;
  let pattern = triggerPatterns.get(triggers);
  if (!pattern) triggerPatterns.set(triggers, (pattern = new RegExp(triggers.map((t) => regexpLiteral(foldText(t))).join("|"))));
  return pattern.test(text); // UTF-16 units, as String#includes matches
}
