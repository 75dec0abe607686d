const ASCII = /^[\x00-\x7f]*$/;

// A chat turn folds the same message in several places (scope, urgency, flows): the last few
// results are kept, so each message is normalized once.
const recent: [string, string][] = [];

/** Lower-case and strip diacritics, so "informacion" finds "información". */
export function foldText(text: string): string {
  for (let i = 0; i < recent.length; i++) if (recent[i]![0] === text) return recent[i]![1];
  // Plain ASCII has no diacritics to strip: skip the Unicode normalization (most of the cost).
  const folded = ASCII.test(text) ? text.toLowerCase() : text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
  if (recent.unshift([text, folded]) > 4) recent.pop();
  return folded;
}
