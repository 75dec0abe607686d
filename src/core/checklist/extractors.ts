import { foldText } from "../retrieval/text-fold.js";

/**
 * Answers that keywords cannot read from a message, in TypeScript, by flow and question.
 * Each returns an option value, or undefined when the message does not say.
 */
type Extractor = (message: string) => string | undefined;

const AGE = /(\d{1,2})\s*(anos|years?|yrs|anos de edad|ans|anni|an|岁|歳|watayuq|wata)\b|(\d{1,2})[- ]year[- ]old/u;
const CHILD = /\b(hij[oa]s?|son|daughter|child|kid|filh[oa]|fils|fille|enfant|figli[oa]?|pitit|wawa|churi|ususi)\b|儿子|女儿|孩子|息子|娘|子供/u;
const DAUGHTER = /\b(hija|daughter|filha|fille|figlia|pitit fi|ususi)\b|女儿|娘/u;
const NEGATED_DISABILITY =
  /\b(sin|no tiene|ninguna|without|no|not|doesn'?t have|has no|sem|nao tem|sans|pas de|senza|pa gen|mana)\b[^.;,]{0,25}(discapacidad|disabilit|disabled|deficiencia|handicap|disabilita|andikap)/u;
const DISABILITY = /(discapacidad|disabilit|disabled|deficiencia|incapacidad|handicap|disabilita|andikap|残疾|障害)/u;
const SINGLE = /\b(solter[oa]|single|unmarried|solteir[oa]|celibataire|nubile|celibe|selibate)\b/u;

// Lengths of time and ages, for the return-act and voting flows.
const NUMBER_WORDS: Record<string, number> = {
  un: 1, uno: 1, una: 1, a: 1, an: 1, one: 1, dos: 2, two: 2, tres: 3, three: 3, cuatro: 4, four: 4, cinco: 5, five: 5,
  seis: 6, six: 6, siete: 7, seven: 7, ocho: 8, eight: 8, nueve: 9, nine: 9, diez: 10, ten: 10,
};
const COUNT = "(\\d{1,2}|un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|an?|one|two|three|four|five|six|seven|eight|nine|ten)";
const UNIT = "(anos?|years?|meses|months?|ans?|anni|anno|ane|lane|mois|mesi|mwa)";
/** "viví 4 años", "llevo 3 años en", "lived there for 5 years", "vivo en Madrid hace 6 años". */
const SPAN_AFTER_VERB = new RegExp(
  `\\b(?:vivi|vivo|vivir|viviendo|vivido|vivimos|llevo|llevamos|estuve|estuvimos|resido|residi|residiendo|trabaje|lived|living|live|been|spent|stayed|worked|morei|moro|morando|fiquei|trabalhei|vecu|vis|habite|habitais|travaille|passe|vissuto|abitato|lavorato|stato|viv|rete|travay)\\b[^.;!?]{0,40}?\\b${COUNT}\\s+${UNIT}\\b`,
  "gu",
);
/** "5 años fuera", "3 years abroad". */
const SPAN_BEFORE_PLACE = new RegExp(`\\b${COUNT}\\s+${UNIT}\\s+(?:fuera|afuera|en el extranjero|en el exterior|viviendo|abroad|away|outside|living)\\b`, "gu");
/** Ages, removed before reading a length of time: "tengo 45 años", "45 años de edad", "45 years old", "I'm 45". */
const AGE_PHRASES =
  /\btengo\s+\d{1,3}\s+anos?\b(?!\s+(?:viviendo|en|aqui|aca|fuera|afuera|residiendo|de residencia|como))|\b\d{1,3}\s+anos?\s+de\s+edad\b|\b\d{1,3}[- ]years?[- ]old\b|\b(?:i am|i'm|im|aged)\s+\d{1,3}\b(?!\s*(?:years?|yrs)\s+(?:in|here|abroad|living|away))/gu;
const STATED_AGE =
  /\btengo\s+(\d{1,3})\s+anos?\b(?!\s+(?:viviendo|en|aqui|aca|fuera|afuera|residiendo|de residencia|como))|\b(\d{1,3})\s+anos?\s+de\s+edad\b|\b(\d{1,3})[- ]years?[- ]old\b|\b(?:i am|i'm|im|aged)\s+(\d{1,3})\b(?!\s*(?:years?|yrs)\s+(?:in|here|abroad|living|away))/u;
const FORCED_RETURN =
  /\b(deportad[oa]s?|me deportaron|nos deportaron|deported|expulsad[oa]s?|me expulsaron|nos expulsaron|expelled|retorno forzado|regreso forzado|forced return|forced to (return|come back|leave))\b/u;
const NO_RESIDENCE =
  /\b(soy turista|como turista|sin carnet?|no tengo carnet?|no tengo residencia|sin residencia|no soy residente|sin papeles|i'?m a tourist|i am a tourist|as a tourist|no residence|without residence|not a resident|undocumented)\b/u;
const HAS_RESIDENCE = /\b(carnet? de extranjeria|soy residente|tengo residencia|residente extranjer[oa]|extranjer[oa] residente|i'?m a resident|i am a resident|i have residence|i have residency|foreign resident|resident card)\b/u;

/** The longest length of time the text says someone lived or stayed somewhere, in years. */
function longestSpan(text: string): number | undefined {
  let best: number | undefined;
  for (const re of [SPAN_AFTER_VERB, SPAN_BEFORE_PLACE]) {
    for (const m of text.matchAll(re)) {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!];
      if (n === undefined) continue;
      const years = /^(mes|month|mois|mwa)/.test(m[2]!) ? n / 12 : n;
      if (best === undefined || years > best) best = years;
    }
  }
  return best;
}

export const EXTRACTORS: Record<string, Record<string, Extractor>> = {
  "family-residence": {
    /** A child's age, sex, disability and marital status decide whether they count as dependants. */
    relationship: (message) => {
      const text = foldText(message);
      if (!CHILD.test(text)) return undefined;
      const m = AGE.exec(text);
      const age = m ? Number(m[1] ?? m[3]) : undefined;
      const disabled = DISABILITY.test(text) && !NEGATED_DISABILITY.test(text);
      if (age === undefined) return disabled ? "adult-child-disability" : undefined;
      if (age < 18) return "minor-child";
      if (disabled) return "adult-child-disability";
      if (DAUGHTER.test(text) && SINGLE.test(text)) return "unmarried-daughter";
      if (!DAUGHTER.test(text)) return "other-relative";
      return undefined;
    },
  },
  "return-act": {
    /** Years abroad, and whether the return was forced, decide who can use the Return Act. */
    "time-abroad": (message) => {
      const text = foldText(message).replace(AGE_PHRASES, " ");
      const years = longestSpan(text);
      if (years === undefined) return undefined;
      if (years >= 3) return "three-years";
      if (years >= 2) return FORCED_RETURN.test(text) ? "forced-two-years" : undefined;
      return "less";
    },
  },
  voting: {
    /** A stated age: only adults can register to vote. */
    age: (message) => {
      const m = STATED_AGE.exec(foldText(message));
      if (!m) return undefined;
      const age = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
      return age >= 18 ? "adult" : "minor";
    },
    /** Residence (carné de extranjería) and more than 2 years in the district. */
    "residence-time": (message) => {
      const text = foldText(message).replace(AGE_PHRASES, " ");
      if (NO_RESIDENCE.test(text)) return "no-residence";
      const years = longestSpan(text);
      if (years === undefined) return undefined;
      if (years < 2) return "less-than-2-years";
      if (years > 2 && HAS_RESIDENCE.test(text)) return "more-than-2-years";
      return undefined;
    },
  },
};
