/**
 * A light stemmer for Southern Quechua. Quechua builds words by adding suffixes ("Argentina-pi-m",
 * "multa-wan-ku-chu", "vota-pti-y-qa"); without removing them, a question's words never meet a
 * card's. This strips the common inflectional and enclitic suffixes from the end, longest first,
 * while at least four letters remain. Folded text in (no accents). It over-strips now and then
 * ("llaqta" → "llaq"), but always the same way for the index and the question, which is what counts.
 */
const SUFFIXES = [
  // enclitics and evidentials
  "puni", "taq", "chu", "raq", "qa", "mi", "si", "ri", "m", "s",
  // case markers
  "manta", "kama", "wan", "man", "paq", "pura", "rayku", "pi", "ta", "pa", "p", "y",
  // plural and person
  "ykichik", "nchik", "kuna", "yku", "yki", "niy", "nki", "sqa", "spa", "pti", "ptiy", "ptin", "chkan", "chka", "n",
  // derivational: reflexive, causative, diminutive
  "ku", "chi", "cha", "lla",
].sort((a, b) => b.length - a.length);

const MIN_STEM = 4;

export function stemQuechua(word: string): string {
  let stem = word;
  for (let guard = 0; guard < 6; guard++) {
    const suffix = SUFFIXES.find((s) => stem.endsWith(s) && stem.length - s.length >= MIN_STEM);
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  return stem;
}
