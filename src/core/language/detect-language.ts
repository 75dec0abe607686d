import { foldText } from "../retrieval/text-fold.js";

/** Every language the detector recognises: the nine served, and a few more to say so politely. */
export const KNOWN_LANGUAGES = ["es", "en", "pt", "fr", "ht", "it", "qu", "zh", "ja", "de", "ru", "ar", "ko"] as const;
export type KnownLanguage = (typeof KNOWN_LANGUAGES)[number];

// Frequent function words and a few very common content words, folded (no accents).
// A word listed under several languages counts for each of them.
const WORDS: Record<Exclude<KnownLanguage, "zh" | "ja" | "ru" | "ar" | "ko">, string[]> = {
  de: "der die das und ist nicht ich ein eine mein meine mit fur auf wie was wo wann kann ich brauche habe bin sind wir sie es zu von dem den im".split(" "),
  es: "de la que el en y los las por para con una un mi me es se no como puedo tengo hay del al su si soy estoy necesito donde cuanto cuando quiero vivo hace anos sigue esta ese eso pero mis tambien hijo hija esposa esposo trabajo algun alguna alguien nos nuestro puede pueden sobre cual cuales debo tiene tienen ahora despues ya muy hola gracias".split(" "),
  en: "the is are i my to of and in for can do what how with have from am it on does there need where when we you an be back after which who this that will would should my her his they them our get any just about want work years here hello hi thanks".split(" "),
  pt: "o os as do da dos das nao eu meu minha com para pra em no na um uma e que se vale tambem tenho posso onde quanto voltei depois ele ela isso entao voce sou estou preciso pelo pela esses essas mas ja muito trabalhar consigo ola oi obrigado obrigada bom boa voces quero ter".split(" "),
  fr: "le la les de des du je suis et est un une pour que qui dans ai mon ma mes vous il elle au aux avec ne pas ce cette ou sont mais si on nous leur peux puis faut j m l qu d n c bonjour merci salut bonsoir".split(" "),
  ht: "mwen m ou li nou yo se pa ka gen nan ak pou sa kisa ki kote eske konn vle bezwen fe le yon la an te ap pral sou tout paske kounye a frè fre konsila lapolis travay papye peyi bonjou mesi bonswa".split(" "),
  it: "il lo la di che e per sono ho mio mia non con un una gli del della nel come posso dove quando anche sono ma se cosa devo fare mi ci ti questo questa al dei ciao grazie buongiorno buonasera".split(" "),
  qu: "ima imayna imaynata maypi maytaq pitaq kani kanki kan kay chay mana manam allin wasi llaqta runa ñuqa nuqa noqa qam pay ñuqaqa nuqaqa paykuna kaypi chaypi imapaq munani atini tiyani rini llamkay yachay napaykullayki allillanchu imaynatan hayka sapa qusay warmiy".split(" "),
};
type WordLanguage = keyof typeof WORDS;
const WORD_LANGUAGES = Object.keys(WORDS) as WordLanguage[];
/** Each listed word → the languages it counts for (positions in WORD_LANGUAGES), looked up once per word of the message. */
const LANGUAGES_OF = new Map<string, number[]>();
WORD_LANGUAGES.forEach((lang, at) => {
  for (const word of new Set(WORDS[lang])) {
    const langs = LANGUAGES_OF.get(word);
    if (langs) langs.push(at);
    else LANGUAGES_OF.set(word, [at]);
  }
});

// Letters and spellings that point strongly at one language.
const MARKERS: [WordLanguage, RegExp, number][] = [
  ["es", /[ñ¿¡]|ción\b|\b(qué|cómo|dónde|cuánto|está|también|años)\b/iu, 2],
  ["pt", /[ãõ]|ção\b|ções\b|\b(não|você|também|é)\b|lh[aeo]\b|nh[aeo]\b/iu, 2],
  ["fr", /\b(j'|l'|qu'|d'|m'|n'|c')|[œ]|\b(être|très|où|à)\b|[èêëîû]/iu, 1.5],
  ["ht", /\b(m'|n'|w'|l')?(mwen|nou|yo|kisa|kijan|kote|èske|eske|pral|bezwen|konnen|anpil|frè|sè|manman|papa m)\b|[òè]/iu, 1.5],
  ["it", /\b(sono|perché|cosa|gli|della|anche|lavoro|devo|vorrei)\b|zione\b/iu, 1.5],
  ["qu", /\w(kuna|manta|pi|qa|chu|yki|ykichik|nchik|sqa|spa|paq|ptiy|saq|wan)\b/iu, 1],
  // Quechua ejectives and aspirates (p', t', k', q', ch', qh, kh) appear in no other language here.
  ["qu", /(?:p|t|k|q|ch)'\p{L}|qh\p{L}/iu, 3],
];

// The same, global, built once (`match` with them counts every hit), and matched against the
// lower-cased text: without the `i` flag, Unicode regexps run several times faster.
const GLOBAL_MARKERS = MARKERS.map(([lang, re, weight]) => [WORD_LANGUAGES.indexOf(lang), new RegExp(re.source, `${re.flags.replace("i", "")}g`), weight] as const);

/** Any of the scripts below: most messages have none, and are scanned for them once. */
const OTHER_SCRIPT = /[\u3040-\u30ff\uac00-\ud7af\u0400-\u04ff\u0600-\u06ff\u4e00-\u9fff]/u;

export interface DetectedLanguage {
  language: KnownLanguage;
}

/** Guesses the language of a short, possibly colloquial, accent-less message. */
export function detectLanguage(input: string): DetectedLanguage {
  // Enough to tell a language; bounds the work on hostile input.
  const text = input.length > 2000 ? input.slice(0, 2000) : input;
  if (OTHER_SCRIPT.test(text)) {
    if (/[\u3040-\u30ff]/u.test(text)) return { language: "ja" };
    if (/[\uac00-\ud7af]/u.test(text)) return { language: "ko" };
    if (/[\u0400-\u04ff]/u.test(text)) return { language: "ru" };
    if (/[\u0600-\u06ff]/u.test(text)) return { language: "ar" };
    if (/[\u4e00-\u9fff]/u.test(text)) return { language: "zh" };
  }
  // Scores by position in WORD_LANGUAGES (every marker's language is one of them).
  const scores = new Float64Array(WORD_LANGUAGES.length);
  for (const word of foldText(text).split(/[^\p{L}]+/u)) {
    const langs = word ? LANGUAGES_OF.get(word) : undefined;
    if (langs) for (const at of langs) scores[at]! += 1;
  }
  const lower = text.toLowerCase();
  for (const [at, re, weight] of GLOBAL_MARKERS) {
    const hits = lower.match(re)?.length ?? 0;
    if (hits) scores[at]! += Math.min(hits, 3) * weight;
  }
  // The highest score; on a tie, the language listed first in WORDS.
  let best: KnownLanguage = "es";
  let top = 0;
  for (let at = 0; at < scores.length; at++) {
    if (scores[at]! > top) {
      best = WORD_LANGUAGES[at]!;
      top = scores[at]!;
    }
  }
  return { language: best };
}
