const ASCII = /^[\x00-\x7f]*$/;

/** Lower-case and strip diacritics, so "informacion" finds "información". */
export function foldText(text: string): string {
  // Plain ASCII has no diacritics to strip: skip the Unicode normalization (most of the cost).
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

const foldedPhrases = new Map<string, string>();

/**
 * `foldText` for phrases from the content (flow triggers, option keywords and labels), which are
 * folded on every message: there are few of them, so each is folded once and remembered.
 */
export function foldPhrase(phrase: string): string {
  let folded = foldedPhrases.get(phrase);
  if (folded === undefined) {
    folded = foldText(phrase);
    if (foldedPhrases.size < 20_000) foldedPhrases.set(phrase, folded);
  }
  return folded;
}
