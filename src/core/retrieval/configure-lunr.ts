/**
 * The one place that decides how text becomes search terms, per language. The knowledge build
 * and the running service both call `analyzerFor`, so an index is always queried with the
 * pipeline it was built with.
 */
import lunr from "lunr";
import stemmerSupport from "lunr-languages/lunr.stemmer.support.js";
import lunrEs from "lunr-languages/lunr.es.js";
import lunrFr from "lunr-languages/lunr.fr.js";
import lunrIt from "lunr-languages/lunr.it.js";
import lunrPt from "lunr-languages/lunr.pt.js";
import type { Locale } from "../locales.js";
import { stemQuechua } from "./quechua-stemmer.js";
import { foldText } from "./text-fold.js";

type PipelineFn = lunr.PipelineFunction;
type LanguagePlugin = { stemmer: PipelineFn; stopWordFilter: PipelineFn };
type LunrWithLanguages = typeof lunr & { es: LanguagePlugin; pt: LanguagePlugin; fr: LanguagePlugin; it: LanguagePlugin };

export interface Analyzer {
  /** Splits text into words (lower case, before the pipeline). */
  split(text: string): string[];
  /** Trimmer, stop words, folding and stemming, in order. */
  pipeline: PipelineFn[];
}

let configured = false;

const trimmer: PipelineFn = (token) =>
  token.update((s) => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""));
const fold: PipelineFn = (token) => token.update((s) => foldText(s));
const dropEmpty: PipelineFn = (token) => (token.toString().length ? token : null);
const quechuaStem: PipelineFn = (token) => token.update((s) => stemQuechua(s));

function configure(): LunrWithLanguages {
  const l = lunr as unknown as LunrWithLanguages;
  if (configured) return l;
  // lunr logs through a global `console` lookup that fails inside a worker bundle.
  lunr.utils.warn = (message: string) => console.warn(message);
  stemmerSupport(lunr);
  lunrEs(lunr);
  lunrPt(lunr);
  lunrFr(lunr);
  lunrIt(lunr);
  lunr.Pipeline.registerFunction(trimmer, "contigo-trimmer");
  lunr.Pipeline.registerFunction(fold, "contigo-fold");
  lunr.Pipeline.registerFunction(dropEmpty, "contigo-drop-empty");
  lunr.Pipeline.registerFunction(quechuaStem, "contigo-stemmer-qu");
  configured = true;
  return l;
}

// Word separators: white space (as \s has it) and the punctuation people put between words.
const SEPARATOR_CHARS = "-/.,;:!?¿¡()\"'«»“”‘’[]{}\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff";
const SEPARATORS = new Set([...SEPARATOR_CHARS].map((ch) => ch.charCodeAt(0)));
for (let code = 0x2000; code <= 0x200a; code++) SEPARATORS.add(code);
/** The same for the first 256 codes, as a table: most letters of a message are there. */
const LATIN1_SEPARATOR = new Uint8Array(256).map((_, code) => (SEPARATORS.has(code) ? 1 : 0));
const isSeparator = (code: number) => (code < 256 ? LATIN1_SEPARATOR[code] === 1 : SEPARATORS.has(code));

/** Lower-cased words between separators (a hand loop: a regex split was a tenth of a search). */
function splitWords(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    if (isSeparator(lower.charCodeAt(i))) {
      if (start >= 0) out.push(lower.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(lower.slice(start));
  return out;
}


// Languages without a lunr-languages stemmer get a trimmer, folding and their own stop words.
const STOP_WORDS: Record<"ht" | "qu" | "zh" | "ja", string[]> = {
  ht: "a ak an ap apre avek ba bay e epi eske fe gen genyen ka kapab ke ki kisa kijan kote kounye la le li m mwen men nan ni nou o oswa ou pa paske pou pral sa se si sou te tou tout w yo yon".split(" "),
  qu: "chay kay chaymi kaymi ima imayna may maypi pi pitaq mana manam ari riki ña hina wan pas mi si qa ta chu kan kani kanki kanchik kachkan ñuqa nuqa qam pay ñuqayku ñuqanchik qamkuna paykuna".split(" "),
  zh: "的 了 在 是 我 有 和 就 不 人 都 一 一个 上 也 很 到 说 要 去 你 会 着 没有 看 好 自己 这 吗 呢 吧 啊 么 什么 怎么 可以 能 为 为了 与 及 或 等 把 被 让 给 从 对 向 这个 那个 我们 他们 她们 它 他 她".split(" "),
  ja: "の に は を た が で て と し れ さ ある いる も する から な こと として い や など なっ ない この ため その あっ よう また もの という あり まで られ なる へ か だ これ によって により おり より による ず なり られる において ば なかっ なく しかし について せ だっ その後 できる それ う ので なお のみ でき き つ における および いう さらに でも ら たり その他 に関する たち ます ん なら です ですか でしょう ください".split(" "),
};

// Words people wrap questions in ("quiero saber si puedo..."): they never tell topics apart.
// Applied after folding, in every language's pipeline, at build and at query time alike.
const CONVERSATIONAL: Record<string, string> = {
  es: "nombre llamo si quiero quisiera queria gustaria saber sabe preguntar pregunta consulta consultar puedo puede pueden podria podemos necesito necesita tengo tiene tienen hacer hago vivo estoy soy somos dicen dijo decir ayuda ayudar ayudeme informacion info favor hola gracias alguien algo cosa cosas bueno buena mismo ahora aqui aca alli",
  en: "name called want wanted know knows like would could should can may might need needs get got tell please help ask asked asking question questions info information thing things someone somebody hello thanks hi now here there just really",
  pt: "quero queria gostaria saber sei pergunta perguntar posso pode podem preciso precisa tenho tem fazer moro estou sou ajuda ajudar informacao favor ola obrigado obrigada alguem coisa aqui agora",
  fr: "veux voudrais voulais savoir sais question demander peux peut peuvent dois besoin faire habite suis aide aider information svp bonjour merci quelqu chose ici maintenant",
  it: "voglio vorrei sapere so domanda chiedere posso puo possono devo bisogno fare abito vivo sono aiuto aiutare informazione favore ciao grazie qualcuno cosa qui adesso",
  ht: "vle ta renmen konnen mande kesyon kapab ka dwe bezwen fe rete mwen ede enfomasyon souple bonjou mesi yon moun bagay la a kounye",
  qu: "munani munayman yachay yachayta tapuy tapukuy atini atin atinchu necesitani kani tiyani yanapay yanapaway willakuy allillanchu napaykullayki",
};

function segmentWords(locale: "zh" | "ja"): (text: string) => string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: "word" });
  return (text) => {
    const out: string[] = [];
    for (const part of segmenter.segment(text.toLowerCase())) if (part.isWordLike) out.push(part.segment);
    return out;
  };
}

const analyzers = new Map<Locale, Analyzer>();

function createAnalyzer(lang: string): Analyzer {
  const l = configure();
  const stopWords = (words: string[], label: string) => {
    const fn = lunr.generateStopWordFilter(words.map((w) => foldText(w)));
    lunr.Pipeline.registerFunction(fn, `contigo-${label}-${lang}`);
    return fn;
  };
  const chatter = stopWords((CONVERSATIONAL[lang] ?? "").split(" ").filter(Boolean), "chatter");
  switch (lang) {
    case "es":
    case "pt":
    case "fr":
    case "it": {
      const plugin = l[lang];
      return { split: splitWords, pipeline: [trimmer, plugin.stopWordFilter, fold, chatter, dropEmpty, plugin.stemmer] };
    }
    case "en":
      return { split: splitWords, pipeline: [trimmer, lunr.stopWordFilter, fold, chatter, dropEmpty, lunr.stemmer] };
    case "ht":
      return { split: splitWords, pipeline: [trimmer, fold, stopWords(STOP_WORDS[lang], "stop"), chatter, dropEmpty] };
    case "qu":
      return { split: splitWords, pipeline: [trimmer, fold, stopWords(STOP_WORDS[lang], "stop"), chatter, dropEmpty, quechuaStem] };
    case "zh":
    case "ja":
      return { split: segmentWords(lang), pipeline: [trimmer, fold, stopWords(STOP_WORDS[lang], "stop"), dropEmpty] };
    default:
      throw new Error(`no analyzer for language "${lang}"`);
  }
}

export function analyzerFor(lang: Locale): Analyzer {
  let analyzer = analyzers.get(lang);
  if (!analyzer) {
    analyzer = createAnalyzer(lang);
    analyzers.set(lang, analyzer);
  }
  return analyzer;
}

export interface AnalyzedToken {
  /** The word as written, folded (lower case, no accents, no punctuation). */
  readonly surface: string;
  /** The term the index holds for it (after stop words and stemming). */
  readonly term: string;
}

/** Each language's words already analysed (word → its token, or null when the pipeline drops it). */
const analysedWords = new Map<Locale, Map<string, AnalyzedToken | null>>();
const WORD_CACHE_LIMIT = 50_000;

function analyseWord(word: string, pipeline: PipelineFn[]): AnalyzedToken | null {
  let current: lunr.Token | undefined = new lunr.Token(word, {});
  let surface = "";
  for (const fn of pipeline) {
    const next = fn(current!, 0, [current!]) as lunr.Token | lunr.Token[] | null | undefined;
    current = Array.isArray(next) ? next[0] : (next ?? undefined);
    if (!current) break;
    if (fn === fold) surface = current.toString();
  }
  const term = current?.toString() ?? "";
  return term.length > 1 || /[\u3040-\u30ff\u3400-\u9fff]/u.test(term) ? { surface: surface || term, term } : null;
}

/**
 * Text → one entry per word that survives the pipeline, in order, keeping what was written.
 * A word's analysis depends only on the word, and people use the same few thousand words: each
 * is run through the pipeline once (per language, up to a bound) and then looked up.
 */
export function analyzeTokens(text: string, lang: Locale): readonly AnalyzedToken[] {
  const { split, pipeline } = analyzerFor(lang);
  let known = analysedWords.get(lang);
  if (!known) analysedWords.set(lang, (known = new Map()));
  const out: AnalyzedToken[] = [];
  for (const word of split(text)) {
    let token = known.get(word);
    if (token === undefined) {
      token = analyseWord(word, pipeline);
      if (known.size >= WORD_CACHE_LIMIT) known.clear();
      known.set(word, token);
    }
    if (token) out.push(token);
  }
  return out;
}

/** Query text → the distinct search terms the index holds for it. */
export function analyze(text: string, lang: Locale): string[] {
  return [...new Set(analyzeTokens(text, lang).map((t) => t.term))];
}

export function createBuilder(lang: Locale): lunr.Builder {
  const { split, pipeline } = analyzerFor(lang);
  const builder = new lunr.Builder();
  builder.pipeline.add(...pipeline);
  builder.searchPipeline.reset();
  (builder as unknown as { tokenizer: (t: string) => lunr.Token[] }).tokenizer = (t) =>
    split(String(t ?? "")).map((word, position) => new lunr.Token(word, { position: [position, word.length] }));
  return builder;
}

export { lunr };
