/**
 * Removes what identifies a person before anything is stored or logged: e-mail addresses, phone
 * numbers, passport / DNI / CE numbers and a name given after "me llamo", "my name is"...
 * Law and decree numbers ("Ley 30001", "DS 007-2017-IN") are left alone.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// A word (letters) after an ID-document keyword, then a code of letters and digits.
const LABELLED_ID =
  /\b(pasaporte|passport|passaporte|passeport|passaporto|paspo|dni|ce|c\.e\.|carn[eé] de extranjer[ií]a|carn[eé]|carnet|cpp|ptp|rut|cpf|nie|id|n[uú]mero|number|numero|nimewo)(\s*(n[º°o.]|no\.?|#|:|es|is|é|est))?\s*[:#]?\s*([A-Z]{0,3}[-\s]?\d[\d\s-]{4,14}\d[A-Z]?)\b/giu;
// Bare document-like codes: one to three letters then 6–9 digits (passports), or 8–12 digits alone.
const BARE_CODE = /\b[A-Z]{1,3}\d{6,9}\b|(?<![\d-])\d{8,12}(?![\d-])/g;
// Phone numbers: optional +, 7 or more digits with spaces, dots, dashes or brackets; not decrees.
const PHONE = /(?<![\w-])(\+?\(?\d{1,4}\)?[\s.-]?)?\d{2,4}[\s.-]?\d{3,4}(?:[\s.-]?\d{3,4})?(?![\w-])/g;
const NAME_AFTER =
  /\b(me llamo|mi nombre es|my name is|i am called|i'm called|meu nome [eé]|me chamo|je m'appelle|mon nom est|mi chiamo|il mio nome [eè]|mwen rele|non mwen se|sutiymi|私の名前は|我叫|我的名字是)\s+((?:[\p{Lu}\p{Lo}][\p{L}'-]*\s*){1,3})/giu;

/** What scrubbing leaves in place of personal data. */
export const SCRUB_PLACEHOLDER = /\[(email|phone|id|name)\]/g;

export function scrubPersonalData(text: string): string {
  // Most questions hold no "@" and no digit: the patterns that need one are not run on them.
  let out = text.includes("@") ? text.replace(EMAIL, "[email]") : text;
  out = out.replace(NAME_AFTER, (_m, lead: string) => `${lead} [name]`);
  if (!/\d/.test(out)) return out;
  return out
    .replace(LABELLED_ID, (_m, label: string) => `${label} [id]`)
    .replace(BARE_CODE, "[id]")
    .replace(PHONE, (m) => (m.replace(/\D/g, "").length >= 7 ? "[phone]" : m));
}
