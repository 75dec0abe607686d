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

export function wantsAList(message: string): boolean {
  return WANTS_A_LIST.test(foldText(message));
}

/** True when the message contains one of a flow's trigger phrases. */
export function mentionsTrigger(message: string, triggers: readonly string[] | undefined): boolean {
  const text = foldText(message);
  return (triggers ?? []).some((t) => text.includes(foldText(t)));
}
