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
};
